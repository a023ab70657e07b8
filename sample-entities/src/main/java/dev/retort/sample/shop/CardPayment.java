package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A payment by credit or debit card; only the brand and the last four digits are kept. */
@Entity
@Table(name = "card_payment")
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {

    @Column(name = "card_brand", nullable = false, length = 20)
    private String cardBrand;

    @Column(name = "last_four_digits", nullable = false, length = 4)
    private String lastFourDigits;

    @Column(name = "authorization_code", length = 40)
    private String authorizationCode;

    protected CardPayment() {
    }

    public CardPayment(CustomerOrder order, BigDecimal amount, String cardBrand, String lastFourDigits) {
        super(order, amount);
        this.cardBrand = cardBrand;
        this.lastFourDigits = lastFourDigits;
    }

    public String getCardBrand() {
        return cardBrand;
    }

    public String getLastFourDigits() {
        return lastFourDigits;
    }

    public String getAuthorizationCode() {
        return authorizationCode;
    }

    public void setAuthorizationCode(String authorizationCode) {
        this.authorizationCode = authorizationCode;
    }
}
