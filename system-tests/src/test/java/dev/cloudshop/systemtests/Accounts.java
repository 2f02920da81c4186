package dev.cloudshop.systemtests;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Customers' accounts and their orders' payments at payment-service, through the gateway. The
 * demo customers' balances are shared by every test of a run, so tests top an account up to what
 * they need and then reason about differences, never about absolute balances.
 */
final class Accounts {

    static final String MINE = Storefront.GATEWAY + "/api/v1/accounts/me";

    static final String PAYMENTS = Storefront.GATEWAY + "/api/v1/payments";

    /** The most one deposit may be. */
    private static final BigDecimal LARGEST_DEPOSIT = new BigDecimal("10000.00");

    private Accounts() {
    }

    /** The customer's balance in EUR now. */
    static BigDecimal balance(String customerToken) {
        Http.Response account = Http.get(MINE, Tokens.bearer(customerToken));
        if (account.status() != 200) {
            throw new AssertionError("Reading the account answered " + account);
        }
        return account.json().get("balance").decimalValue();
    }

    static void deposit(String customerToken, BigDecimal amount) {
        Http.Response deposited = Http.post(MINE + "/deposits", Map.of("amount", amount), Tokens.bearer(customerToken));
        if (deposited.status() != 200) {
            throw new AssertionError("Depositing " + amount + " answered " + deposited);
        }
    }

    /** Pays in what the balance lacks to reach {@code atLeast} (in deposits of at most 10,000.00); answers the balance. */
    static BigDecimal topUp(String customerToken, BigDecimal atLeast) {
        BigDecimal balance = balance(customerToken);
        while (balance.compareTo(atLeast) < 0) {
            deposit(customerToken, atLeast.subtract(balance).min(LARGEST_DEPOSIT));
            balance = balance(customerToken);
        }
        return balance;
    }

    /** {@code GET /api/v1/payments?orderId=}: 200 with the order's payment, or 404 when nothing was ever taken or tried. */
    static Http.Response payments(String customerToken, String orderId) {
        return Http.get(PAYMENTS + "?orderId=" + orderId, Tokens.bearer(customerToken));
    }
}
