package com.acme.money;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

@Embeddable
public class Money {
    private BigDecimal amount;
    private String currency;
}
