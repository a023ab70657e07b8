package com.example.shop;

import com.example.shared.Audited;
import com.example.shared.Cents;
import com.example.shared.CentsConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Customer extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 80, nullable = false)
    private String name;

    @Convert(converter = CentsConverter.class)
    private Cents credit;

    @Column(length = 40)
    private String nickname;
}
