package com.acme.legacy;

@javax.persistence.Entity
public class OldEntity {
    private Long id;
}
