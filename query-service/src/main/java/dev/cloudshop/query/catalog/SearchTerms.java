package dev.cloudshop.query.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a catalog search, each matched as a prefix ({@code mug} finds "mugs"), all of
 * them required. Only letters and digits make up words, so nothing a client types reaches the
 * text-search syntax.
 */
public record SearchTerms(List<String> words) {

	public static final int MAX_WORDS = 10;

	public static final int MAX_LENGTH = 200;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	public SearchTerms {
		words = List.copyOf(words);
	}

	/** The words of the text; none when it has no letter or digit. */
	public static SearchTerms of(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		return new SearchTerms(words);
	}

	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	/** A PostgreSQL {@code to_tsquery} text: {@code word:* & other:*}. */
	public String toPrefixQuery() {
		return String.join(" & ", this.words.stream().map((word) -> word + ":*").toList());
	}

}
