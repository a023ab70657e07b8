package dev.retort.e2e.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Every column of the base narrowed: a value may no longer fit. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    private Long id;

    @Column(length = 255)
    private String label;

    @Column(length = 10)
    private String note;

    @Column(length = 12)
    private String doc;

    @Column(precision = 12, scale = 0)
    private BigDecimal amount;

    @Column(precision = 5, scale = 2)
    private BigDecimal price;

    private LocalDate happened;

    private Integer big;

    private Float ratio;

    private Integer code;
}
