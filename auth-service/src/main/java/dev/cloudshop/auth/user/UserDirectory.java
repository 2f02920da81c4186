package dev.cloudshop.auth.user;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.cloudshop.auth.ConfiguredSecrets;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The users who can sign in, as configured. Usernames and ids are unique, and passwords are
 * held only as hashes.
 */
@Component
public class UserDirectory implements UserDetailsService {

	private final Map<String, CloudshopUser> usersByUsername = new LinkedHashMap<>();

	UserDirectory(UsersProperties properties, PasswordEncoder encoder) {
		Set<UUID> ids = new HashSet<>();
		for (UsersProperties.User user : properties.users()) {
			if (this.usersByUsername.containsKey(user.username())) {
				throw new IllegalStateException("Username " + user.username() + " is configured twice");
			}
			if (!ids.add(user.id())) {
				throw new IllegalStateException("User id " + user.id() + " is configured twice");
			}
			String passwordHash = ConfiguredSecrets.encoded(user.password(), "password of " + user.username(), encoder);
			this.usersByUsername.put(user.username(),
					new CloudshopUser(user.id(), user.username(), passwordHash, user.roles()));
		}
	}

	public Optional<CloudshopUser> findByUsername(String username) {
		return Optional.ofNullable(this.usersByUsername.get(username));
	}

	/** A fresh copy each time: Spring Security erases the password of what it was given after sign-in. */
	@Override
	public UserDetails loadUserByUsername(String username) {
		CloudshopUser user = findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No user named " + username));
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.roles(user.roleNames().toArray(String[]::new))
			.build();
	}

}
