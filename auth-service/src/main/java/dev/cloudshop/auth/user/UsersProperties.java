package dev.cloudshop.auth.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The users who can sign in ({@code cloudshop.auth.users}). Each password is a
 * {@code {bcrypt}} hash or plain text from the environment, hashed at start.
 */
@ConfigurationProperties("cloudshop.auth")
@Validated
record UsersProperties(@Valid List<User> users) {

	UsersProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	record User(@NotBlank String username, @NotNull UUID id, @NotBlank String password, @NotEmpty Set<Role> roles) {

		@Override
		public String toString() {
			return "User[username=" + this.username + ", id=" + this.id + ", roles=" + this.roles + "]";
		}

	}

}
