package com.acme.crm;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import com.acme.money.Money;

@Entity
public class Client {
    @Id
    private Long id;

    private String fullName;

    @Embedded
    private Money balance;
}
