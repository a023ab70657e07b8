package com.acme.audit.entity;

import com.acme.audit.listen.StampingListener;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;

@Entity
@EntityListeners(StampingListener.class)
public class Ledger {
    @Id
    private Long id;
}
