package dev.retort.e2e.owntypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/** A check using an operator only the database has. */
@Entity
@Table(name = "gadget")
@Check(constraints = "size === 1")
public class Gadget {

    @Id
    private Long id;

    @Column(name = "size", columnDefinition = "positive_int")
    private Integer size;
}
