package dev.cloudshop.query.catalog.projection;

import java.util.UUID;

public class RebuildNotFoundException extends RuntimeException {

	RebuildNotFoundException(UUID id) {
		super("There is no rebuild " + id);
	}

}
