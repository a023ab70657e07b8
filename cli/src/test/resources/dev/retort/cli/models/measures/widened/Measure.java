package dev.retort.e2e.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Two columns of the base widened: every value still fits. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    private Long id;

    @Column(length = 400)
    private String label;

    @Column(columnDefinition = "text")
    private String note;

    @JdbcTypeCode(SqlTypes.JSON)
    private String doc;

    @Column(precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    private LocalDateTime happened;

    private Long big;

    private Double ratio;

    @Column(columnDefinition = "text")
    private String code;
}
