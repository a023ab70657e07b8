package com.acme.club;

import jakarta.persistence.Entity;

import com.acme.base.BaseEntity;

@Entity
public class Member extends BaseEntity {
    private String nickname;
}
