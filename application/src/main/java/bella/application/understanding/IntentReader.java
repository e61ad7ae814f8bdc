package bella.application.understanding;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Keypad;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what the caller wants from keywords. The order matters: "no, I want to cancel" is a cancellation when
 * Bella asked what the call is about, but a "no" when she asked to confirm.
 */
final class IntentReader {

    private record Rule(Intent intent, Pattern pattern) {
        static Rule of(Intent intent, String regex) {
            return new Rule(intent, Pattern.compile(regex));
        }
    }

    private static final Rule HUMAN = Rule.of(Intent.HUMAN, "\\b(?:(?:speak|talk) (?:to|with) (?:some|a |an |the |"
            + "your )|operator|human|receptionist|representative|real person|live person|a person"
            + "|(?:leave|take) a message|message for|voice ?mail|transfer|agent|put me through|connect me"
            + "|(?:speak|talk) (?:to|with) (?:him|her|them)|is (?:mrs|mr|ms|miss|dr|doctor) \\w+ (?:there|in)\\b"
            + "|(?:can|could|may) i (?:please )?(?:speak|talk) (?:to|with) (?!you\\b))");
    private static final Rule CANCEL = Rule.of(Intent.CANCEL, "\\b(?:cancel\\w*|unbook|call (?:it |that |this )?off|delete|remove|erase"
            + "|scratch (?:my|our)|bail on|back out of|pull out of|take (?:me|us|it|that|my \\w+) off"
            + "|off the (?:schedule|books|list|calendar)|(?:can't|cannot|won't|not) (?:be )?(?:come|coming) (?:in )?any ?more"
            + "|take (?:off|out)|clear (?:off|out)|no longer need|(?:won't|wont|will not) need|(?:don't|do not|dont) book"
            + "|(?:don't|do not|dont) need (?:\\w+ ){0,4}(?:anymore|any more))\\b");
    /** Words that only ever mean moving a booking that exists. */
    private static final Rule RESCHEDULE = Rule.of(Intent.RESCHEDULE, "\\b(?:reschedul\\w*|rearrang\\w*|push (?:it )?back|postpone"
            + "|bring (?:it )?forward|(?<!back )(?:different|another) (?:day|time|date)|(?:move|moving|change|changing|switch|shift)"
            + " (?:\\w+ ){0,4}?(?:my|our|existing|current)\\b|(?:push|bump) (?:my|our)\\b)");
    /** Reasons a caller gives for moving what was arranged. */
    private static final Pattern CONFLICT = Pattern.compile("\\b(?:away|out of town|won't be|wont be|will not be"
            + "|isn't available|is not available|not be here|can't make|cannot make|busy|forgot|just remembered"
            + "|just realized|just realised|came up|comes up|something's come up|won't be able|not be able|won't be ready"
            + "|(?:not|never) (?:going to|gonna) make it|won't make it|can't come|cannot come|can't do)\\b");
    /** A conflict explained, then another time asked for: the caller is moving what was arranged. */
    private static final Pattern ANOTHER = Pattern.compile("\\b(?:instead|(?<!oil )change|changing|move|switch|make it"
            + "|how about|what about|can we do|can we try|let's try)\\b");
    /** A booking the caller already has: with a conflict ("i can't make my appointment") it is to be moved. */
    private static final Pattern EXISTING = Pattern.compile("\\b(?:my|our) (?:appointment|appt|booking|reservation"
            + "|visit|session)\\b|\\b(?:can't|cannot|can not|able to|unable to) make it\\b|\\bi (?:have|had|'ve got) an? "
            + "(?:appointment|booking|reservation)\\b|\\bi(?:'m| am) booked\\b"
            + "|\\b(?:i|we) (?:booked|had booked|made an? (?:appointment|booking)|(?:was|were) (?:supposed|meant|due"
            + "|booked|scheduled) to)\\b");
    /** Asking after a booking that exists; with a time said, "confirm my appointment at 3" is making one. */
    private static final Pattern ABOUT_EXISTING = Pattern.compile("\\b(?:about|regarding|re|check(?:ing)? on|confirm"
            + "|confirming|when is|what time is) (?:my|our) (?:appointment|appt|booking|reservation|visit)\\b");
    /**
     * A booking that exists, whoever it is for: "my Monday appointment", "my dog's appointment", "Max has a booking",
     * "we're already booked".
     */
    private static final Pattern BOOKED = Pattern.compile("\\b(?:my|our|his|her|their|\\w+'s) (?:[\\w']+ ){0,2}?"
            + "(?:appointment|appt|booking|reservation|visit|session)s?\\b"
            + "|\\b(?:i|we|he|she|they|\\w+) (?:have|has|had|'ve got|got) (?:an? |the )?(?:\\w+ ){0,2}?"
            + "(?:appointment|appt|booking|reservation)s?\\b|\\b(?:i'm|i am|we're|we are|already) booked\\b");
    /**
     * "Open" asks for hours, except where a caller asks for an open slot ("a spot open at four"); "closed" asks
     * unless the caller states it ("oh, you're closed that day? thursday then").
     */
    private static final Rule HOURS = Rule.of(Intent.HOURS, "(?:\\b(?<!\\d )hours\\b"
            + "|(?<!spot |slot |anything |something |time |times |appointment |appointments )\\bopen\\b"
            + "|(?<!^)(?<!, )(?<!\\b(?:so|very|pretty|that's|it's|is|was|quite|you're|you are|they're|they are) )"
            + "\\bclos(?:e|es|ed|ing)\\b(?! to)"
            + "|\\bopening times?\\b|\\bwhat time do you\\b)");
    /** "Get my car looked at", "have the dog groomed": a thing of the caller's to be seen to is a service asked for. */
    private static final String SOMETHING_SEEN_TO = "\\b(?:get|have) (?:my|our|the|his|her) (?:\\w+ ){1,2}"
            + "(?:cut|done|groomed|cleaned|checked|fixed|serviced|tuned|looked at|seen|tested|examined|trimmed|washed"
            + "|repaired)\\b";
    private static final Rule BOOK = Rule.of(Intent.BOOK, "\\b(?:book\\w*|appointment|appt|schedule|reserv\\w*"
            + "|(?:organi[sz]e|plan|arrange|set up) (?:a|an|my|the|our|some)\\b|(?:fit|squeeze|get) me in"
            + "|come in|an opening|openings|availability|available|slot|i'd like to see|i need to see|in to see"
            + "|get (?:in|seen)|a point ?m[ea]*nt)\\b");
    /** What callers of a small business come in for: naming it is asking for it ("i need a cleaning"). */
    static final Pattern SERVICE_NAMED = Pattern.compile(Lexicon.ENGLISH.servicesCommonlyNamed() + "|"
            + SOMETHING_SEEN_TO);
    /** "How much is a haircut": naming a service in a question about its price is not asking for one. */
    private static final Pattern PRICE = Pattern.compile("\\b(?:how much|prices?|pricing|cost|costs|charge|rates?|fees?)\\b");
    private static final Rule NO = Rule.of(Intent.NO, "\\b(?:no(?! problem| worries)|nope|nah|not really|not quite|negative"
            + "|(?:don't|doesn't|won't|wouldn't) work|can't (?:do|make) (?:any|either|those|them|that)|not yet"
            + "|forget it|never ?mind|(?:i'll|i will|let me|i have to|i'll have to|i need to) (?:have to )?(?:call (?:you )?back"
            + "|check (?:with|my)|think about it|get back to you)"
            + "|incorrect|wrong|neither|none of|not right|not correct)\\b");
    private static final Rule YES = Rule.of(Intent.YES, "\\b(?:yes|yeah|yep|yup|yea|sure|correct|that's right"
            + "|that is right|sounds good|please do|ok|okay|perfect|great|absolutely|definitely|that works"
            + "|go ahead|alright|all right|fine|no problem|works for me|(?:i'll|i will|we'll|i'd) take (?:it|that)"
            + "|(?<!don't |do not |dont )book (?:it|that)|let's do (?:it|that)|lock it in)\\b");

    private static final List<Rule> PURPOSES = List.of(HUMAN, CANCEL, RESCHEDULE, HOURS, BOOK);
    private static final List<Rule> ANSWERS = List.of(NO, YES);

    private static final Pattern LONE_KEY = Pattern.compile("^(?:press )?(\\d|one|two)(?: ,)?$");

    /** @param timeAhead whether the words name a time still to come, which is asking for it */
    Intent read(String text, Expectation expecting, boolean timeAhead) {
        Optional<Intent> keyed = keypad(text, expecting);
        if (keyed.isPresent()) {
            return keyed.get();
        }
        if (expecting == Expectation.CONFIRMATION) {
            // "Change it to 5" at the read-back adjusts the booking read, as it does anywhere mid-booking.
            return lastAnswer(text).or(() -> first(text, PURPOSES))
                    .or(() -> moves(text)
                            ? Optional.of(timeAhead ? Intent.BOOK : Intent.RESCHEDULE) : Optional.empty())
                    .orElse(Intent.OTHER);
        }
        Optional<Intent> purpose = first(text, PURPOSES).or(() -> SERVICE_NAMED.matcher(text).find()
                && !PRICE.matcher(text).find() ? Optional.of(Intent.BOOK) : Optional.empty());
        if (purpose.isPresent() && purpose.get() != Intent.BOOK) {
            return purpose.get();
        }
        boolean existing = EXISTING.matcher(text).find();
        if (CONFLICT.matcher(text).find() && (ANOTHER.matcher(text).find() || existing)
                || existing && moves(text) || !timeAhead && ABOUT_EXISTING.matcher(text).find()) {
            return Intent.RESCHEDULE;
        }
        if (purpose.isPresent()) {
            return purpose.get();
        }
        if (moves(text)) {
            // Mid-booking, "change it to 5" adjusts the time being arranged; at the menu, "move it to Friday at 3"
            // can only be about a booking that exists.
            return timeAhead && expecting != Expectation.INTENT ? Intent.BOOK : Intent.RESCHEDULE;
        }
        // Asked what the call is about, a caller who names a time wants it, whatever else they say.
        if (expecting == Expectation.INTENT && timeAhead) {
            return Intent.BOOK;
        }
        return first(text, ANSWERS).orElse(Intent.OTHER);
    }

    /** A verb of moving something arranged ("switch it to", "push my cleaning"), not the service "an oil change". */
    private static boolean moves(String text) {
        return Lexicon.ENGLISH.find("move", "not moved", text) >= 0;
    }

    /** Whether the words refer to a booking the caller (or someone they speak for) already has. */
    boolean refersToBooking(String text) {
        return BOOKED.matcher(text).find();
    }

    /** "No, sorry, yes. Yes, that's right": the answer the caller ended on. */
    private static Optional<Intent> lastAnswer(String text) {
        int no = lastAt(NO.pattern(), text);
        int yes = lastAt(YES.pattern(), text);
        if (no < 0 && yes < 0) {
            return Optional.empty();
        }
        return Optional.of(yes > no ? Intent.YES : Intent.NO);
    }

    /** Where the last match ends, so that "not correct" ends with, and outweighs, the "correct" inside it. */
    private static int lastAt(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    private static Optional<Intent> first(String text, List<Rule> rules) {
        return rules.stream().filter(r -> r.pattern().matcher(text).find()).map(Rule::intent).findFirst();
    }

    /** A key's digit said alone ("one.", "press 2") means what the key would. */
    private static Optional<Intent> keypad(String said, Expectation expecting) {
        String text = LONE_KEY.matcher(said).replaceAll(m -> m.group(1).equals("one") ? "1"
                : m.group(1).equals("two") ? "2" : m.group(1));
        return Keypad.intent(expecting, text);
    }
}
