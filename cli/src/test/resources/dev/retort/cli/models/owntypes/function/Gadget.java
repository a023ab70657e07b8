package dev.retort.e2e.owntypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** A column of a domain type and a default calling a function, both only the database has. */
@Entity
@Table(name = "gadget")
public class Gadget {

    @Id
    private Long id;

    @Column(name = "size", columnDefinition = "positive_int")
    private Integer size;

    @ColumnDefault("next_code()")
    private String code;
}
