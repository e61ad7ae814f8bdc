package bella.domain.call;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wording of Bella's prompts that the owner tries on some of the calls: the greeting, in the owner's words, and
 * the style of the read-back. A call keeps the variant it was given from its first prompt to its last.
 *
 * @param name        what the owner calls it, as the analytics group calls by it
 * @param greeting    what Bella says on answering, where {business} stands for the business's name
 * @param welcomeBack the greeting of a caller who booked before, where {name} also stands for their name
 * @param readBack    how the booking is read back
 */
public record PromptVariant(String name, String greeting, String welcomeBack, ReadBackStyle readBack) {

    /** Names are kept short and plain: they become parts of setting names and labels on the owner's figures. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_]{0,31}");
    /** Longer than anyone would listen to before saying what they called for. */
    private static final int LONGEST_GREETING = 300;

    private static final String BUSINESS = "{business}";
    private static final String CALLER = "{name}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    /** Bella's own wording: what every call hears when the owner tries no variants. Declared after what it uses. */
    public static final PromptVariant STANDARD = new PromptVariant("standard", "Thank you for calling {business}.",
            welcomeBackAfter("Thank you for calling {business}."), ReadBackStyle.SUMMARY);

    public PromptVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(readBack, "readBack");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the name '" + name + "' is not 1 to 32 lower-case letters, digits "
                    + "or '_'");
        }
        checkGreeting(greeting);
        checkWelcomeBack(welcomeBack);
    }

    /** Refuses a greeting that is blank, too long, or uses a placeholder other than {business}. */
    public static void checkGreeting(String greeting) {
        check("greeting", greeting, Set.of(BUSINESS));
    }

    /** Refuses a welcome back that is blank, too long, or uses a placeholder other than {business} and {name}. */
    public static void checkWelcomeBack(String welcomeBack) {
        check("welcome back", welcomeBack, Set.of(BUSINESS, CALLER));
    }

    /** The greeting with the business's name in place. */
    public String greetingFor(String business) {
        return filled(greeting, business, null);
    }

    /** The greeting of a caller known by name, with the business's and the caller's names in place. */
    public String welcomeBackFor(String business, String caller) {
        return filled(welcomeBack, business, caller);
    }

    /** In one pass, so that a name which itself reads like a placeholder is said as it is. */
    private static String filled(String template, String business, String caller) {
        return PLACEHOLDER.matcher(template).replaceAll(placeholder -> Matcher.quoteReplacement(
                placeholder.group().equals(BUSINESS) ? business : caller));
    }

    /** The default greeting of a returning caller: the greeting, then the welcome back Bella always adds. */
    public static String welcomeBackAfter(String greeting) {
        return greeting + " Welcome back, " + CALLER + ".";
    }

    private static void check(String what, String template, Set<String> allowed) {
        Objects.requireNonNull(template, what);
        if (template.isBlank() || template.length() > LONGEST_GREETING) {
            throw new IllegalArgumentException("the " + what + " must be 1 to " + LONGEST_GREETING + " characters");
        }
        Matcher placeholders = PLACEHOLDER.matcher(template);
        while (placeholders.find()) {
            if (!allowed.contains(placeholders.group())) {
                throw new IllegalArgumentException("the " + what + " may use only " + String.join(" and ",
                        allowed.stream().sorted().toList()) + ", not " + placeholders.group());
            }
        }
        if (PLACEHOLDER.matcher(template).replaceAll("").matches(".*[{}].*")) {
            throw new IllegalArgumentException("the " + what + " has a brace that opens or closes no placeholder");
        }
    }
}
