package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment by bank transfer, matched to the order by its payment reference. */
@Entity
@Table(name = "bank_transfer_payment")
@PrimaryKeyJoinColumn(name = "payment_id")
public class BankTransferPayment extends Payment {

    @Column(name = "iban", nullable = false, length = 34)
    private String iban;

    @Column(name = "payment_reference", nullable = false, unique = true, length = 35)
    private String paymentReference;

    @Column(name = "value_date")
    private LocalDate valueDate;

    protected BankTransferPayment() {
    }

    public BankTransferPayment(CustomerOrder order, BigDecimal amount, String iban, String paymentReference) {
        super(order, amount);
        this.iban = iban;
        this.paymentReference = paymentReference;
    }

    public String getIban() {
        return iban;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public void setValueDate(LocalDate valueDate) {
        this.valueDate = valueDate;
    }
}
