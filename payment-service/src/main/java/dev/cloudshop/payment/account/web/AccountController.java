package dev.cloudshop.payment.account.web;

import java.util.UUID;

import dev.cloudshop.payment.account.Account;
import dev.cloudshop.payment.account.application.AccountService;
import dev.cloudshop.support.consistency.ConsistencyToken;
import dev.cloudshop.support.security.Customers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's account over HTTP. Every account response carries the account's
 * version as its ETag; a deposit also answers with a {@value ConsistencyToken#HEADER}.
 */
@Tag(name = "Accounts", description = "The signed-in customer's account")
@RestController
@RequestMapping("/api/v1/accounts/me")
class AccountController {

	/** The aggregate type account events carry ({@code ce_aggregatetype}). */
	static final String AGGREGATE_TYPE = "Account";

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@Operation(description = "The caller's account, opened on first use with the caller's opening balance; "
			+ "answers 304 when If-None-Match holds the current ETag")
	@GetMapping
	ResponseEntity<AccountResponse> get(@Parameter(hidden = true) Authentication caller) {
		Account account = this.accounts.get(Customers.idOf(caller));
		return ResponseEntity.ok().eTag(etagOf(account)).body(AccountResponse.from(account));
	}

	@Operation(description = "Pays money into the caller's account (more than 0, at most 10000.00 EUR, at most "
			+ "two decimals) and publishes AccountCredited")
	@PostMapping("/deposits")
	ResponseEntity<AccountResponse> deposit(@Valid @RequestBody DepositRequest request,
			@Parameter(hidden = true) Authentication caller) {
		UUID customerId = Customers.idOf(caller);
		Account account = this.accounts.deposit(customerId, request.amount());
		return ResponseEntity.ok()
			.eTag(etagOf(account))
			.header(ConsistencyToken.HEADER,
					new ConsistencyToken(AGGREGATE_TYPE, customerId.toString(), account.version()).value())
			.body(AccountResponse.from(account));
	}

	private static String etagOf(Account account) {
		return "\"" + account.version() + "\"";
	}

}
