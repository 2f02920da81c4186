package dev.cloudshop.auth.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class UserDirectoryTests {

	private static final UUID ALICE_ID = UUID.fromString("0b363213-d600-4a5e-84d6-8c1f86cab99c");

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void hashesAPasswordGivenInPlainText() {
		UserDirectory users = directoryOf(user("alice", ALICE_ID, "from-the-environment", Role.CUSTOMER));

		CloudshopUser alice = users.findByUsername("alice").orElseThrow();

		assertThat(alice.passwordHash()).startsWith("{bcrypt}").doesNotContain("from-the-environment");
		assertThat(this.encoder.matches("from-the-environment", alice.passwordHash())).isTrue();
	}

	@Test
	void keepsAPasswordGivenAsAHash() {
		String hash = this.encoder.encode("cloudshop-local");

		UserDirectory users = directoryOf(user("alice", ALICE_ID, hash, Role.CUSTOMER));

		assertThat(users.findByUsername("alice").orElseThrow().passwordHash()).isEqualTo(hash);
	}

	@Test
	void servesAFreshCopyWithRoleAuthoritiesEachTime() {
		UserDirectory users = directoryOf(user("admin", UUID.randomUUID(), "secret", Role.ADMIN, Role.CUSTOMER));

		UserDetails first = users.loadUserByUsername("admin");
		UserDetails second = users.loadUserByUsername("admin");

		assertThat(first).isNotSameAs(second);
		assertThat(first.getAuthorities()).map(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_CUSTOMER");
		assertThat(users.findByUsername("admin").orElseThrow().roleNames()).containsExactly("CUSTOMER", "ADMIN");
	}

	@Test
	void knowsNoOtherUser() {
		UserDirectory users = directoryOf(user("alice", ALICE_ID, "secret", Role.CUSTOMER));

		assertThat(users.findByUsername("Alice")).isEmpty();
		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> users.loadUserByUsername("bob"));
	}

	@Test
	void refusesTheSameUsernameTwice() {
		assertThatIllegalStateException()
			.isThrownBy(() -> directoryOf(user("alice", ALICE_ID, "a", Role.CUSTOMER),
					user("alice", UUID.randomUUID(), "b", Role.CUSTOMER)))
			.withMessageContaining("alice");
	}

	@Test
	void refusesTheSameIdTwice() {
		assertThatIllegalStateException()
			.isThrownBy(() -> directoryOf(user("alice", ALICE_ID, "a", Role.CUSTOMER),
					user("bob", ALICE_ID, "b", Role.CUSTOMER)))
			.withMessageContaining(ALICE_ID.toString());
	}

	@Test
	void neverPrintsAPassword() {
		UsersProperties.User alice = user("alice", ALICE_ID, "from-the-environment", Role.CUSTOMER);

		assertThat(alice.toString()).doesNotContain("from-the-environment");
		assertThat(directoryOf(alice).findByUsername("alice").orElseThrow().toString()).doesNotContain("bcrypt");
	}

	private UserDirectory directoryOf(UsersProperties.User... users) {
		return new UserDirectory(new UsersProperties(List.of(users)), this.encoder);
	}

	private static UsersProperties.User user(String username, UUID id, String password, Role... roles) {
		return new UsersProperties.User(username, id, password, Set.of(roles));
	}

}
