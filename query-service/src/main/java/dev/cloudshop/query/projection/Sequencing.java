package dev.cloudshop.query.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * The order rule of an aggregate's events: they apply one version after the other. An event
 * whose version was already reached is a duplicate; one that skips a version (an order's end
 * before its placing) waits, parked, until the versions before it have been applied; it is
 * never applied over a gap, nor lost.
 */
public final class Sequencing {

	private Sequencing() {
	}

	/** What to do with an event of {@code version} for an aggregate at {@code current} (0: none yet). */
	public static Step next(long current, long version) {
		if (version <= current) {
			return Step.SKIP_DUPLICATE;
		}
		return (version == current + 1) ? Step.APPLY : Step.PARK;
	}

	/**
	 * The parked versions that apply now, in order, once the aggregate reached {@code current}:
	 * the unbroken run {@code current + 1, current + 2, ...}.
	 * @param parked the parked versions in ascending order
	 */
	public static List<Long> drainable(long current, List<Long> parked) {
		List<Long> drainable = new ArrayList<>();
		long expected = current + 1;
		for (long version : parked) {
			if (version == expected) {
				drainable.add(version);
				expected++;
			}
			else if (version > expected) {
				break;
			}
		}
		return drainable;
	}

	public enum Step {

		/** Already applied: nothing to do. */
		SKIP_DUPLICATE,

		/** The next version: apply it, then whatever was parked behind it. */
		APPLY,

		/** A version is missing before it: keep it until the gap closes. */
		PARK

	}

}
