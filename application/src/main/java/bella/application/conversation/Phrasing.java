package bella.application.conversation;

import bella.application.availability.BusinessRules;
import bella.application.availability.Hours;
import bella.application.availability.OpenPeriod;
import bella.domain.booking.Slot;
import bella.domain.call.Prompt;
import bella.domain.call.Purpose;
import bella.domain.call.Refusal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The words Bella speaks for a prompt, with times in the business's zone as a receptionist would say them. */
public class Phrasing {

    /** What a caller hears in the greeting when calls may be recorded. */
    static final String RECORDED = "This call may be recorded.";

    private final String business;
    private final BusinessRules rules;

    public Phrasing(String business, BusinessRules rules) {
        this.business = business;
        this.rules = rules;
    }

    public String words(Prompt prompt) {
        List<String> said = new ArrayList<>();
        if (prompt.apology() && prompt.kind() != Prompt.Kind.GIVE_UP) {
            said.add(prompt.keypad() ? "Sorry, I still didn't catch that." : "Sorry, I didn't catch that.");
        }
        said.add(preface(prompt));
        said.add(question(prompt));
        return said.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /**
     * The opening hours as a sentence: "We're open Monday to Friday, 9 AM to 5 PM and Saturday, 10 AM to 2 PM.";
     * with a break, "We're open Monday to Friday, 8 AM to noon and 1 to 6 PM, and Saturday, 9 AM to 1 PM."
     */
    public String hours() {
        List<Hours> week = rules.weeklyHours();
        List<String> runs = week.stream()
                .map(hours -> days(hours) + ", " + and(hours.opening().periods().stream().map(Phrasing::range)
                        .toList()))
                .toList();
        boolean breaks = week.stream().anyMatch(hours -> hours.opening().periods().size() > 1);
        return "We're open " + (breaks ? joined(runs, ", and ") : and(runs)) + ".";
    }

    /** "9 AM to 5 PM", "8 AM to noon", and "1 to 6 PM" when both ends fall in the same half of the day. */
    private static String range(OpenPeriod period) {
        boolean sameHalf = (period.opens().getHour() < 12) == (period.closes().getHour() < 12)
                && !period.opens().equals(LocalTime.NOON) && !period.closes().equals(LocalTime.NOON);
        return (sameHalf ? clockWithoutHalf(period.opens()) : clock(period.opens())) + " to " + clock(period.closes());
    }

    private String preface(Prompt prompt) {
        return switch (prompt.preface()) {
            case NONE -> "";
            case WELCOME -> prompt.variant().greetingFor(business);
            case WELCOME_BACK -> prompt.variant().welcomeBackFor(business, prompt.name());
            case WELCOME_RECORDED -> prompt.variant().greetingFor(business) + " " + RECORDED;
            case WELCOME_BACK_RECORDED -> prompt.variant().welcomeBackFor(business, prompt.name()) + " " + RECORDED;
            case NO_ANSWER -> "I'm sorry, no one could come to the phone.";
            case NOT_UNDERSTOOD -> "I'm sorry, I'm having trouble understanding you.";
            case HOURS -> hours();
            case NO_BOOKING_FOUND -> "I can't find an upcoming booking under the number you're calling from.";
            case NO_ONE_TO_TRANSFER_TO -> "I'm sorry, there's no one free to take your call right now.";
            case NOTHING_FREE -> "I'm sorry, I don't have anything free then.";
            case NO_TIME_OF_DAY -> "What time would suit you?";
            case KEY_NOT_OFFERED -> "Sorry, that key isn't one of the choices.";
            case SERVICE_NOT_OFFERED -> "I'm sorry, that isn't one of the services I can book.";
            case DATE_PASSED -> "That date has passed.";
        };
    }

    private String question(Prompt prompt) {
        return switch (prompt.kind()) {
            case MENU -> menu(prompt);
            case ASK_SERVICE -> askService(prompt);
            case ASK_TIME -> askTime(prompt);
            case CLARIFY -> clarify(prompt);
            case OFFER -> offer(prompt);
            case ASK_NAME -> "May I have your name, please?";
            case ASK_PHONE -> "What phone number should I put the booking under? You can say it, or type it on "
                    + "the keypad.";
            case READ_BACK -> readBack(prompt);
            case CHOOSE_BOOKING -> chooseBooking(prompt);
            case CONFIRM_CANCEL -> prompt.keypad()
                    ? "Press 1 to cancel your appointment on " + moment(prompt.existing().start())
                    + ", or press 2 to keep it."
                    : "I have your appointment on " + moment(prompt.existing().start()) + ". Shall I cancel it? "
                    + "Say yes or press 1, or say no or press 2.";
            case CONFIRM_MOVE -> prompt.keypad()
                    ? "Press 1 to move your appointment on " + moment(prompt.existing().start())
                    + ", or press 2 to make a new booking."
                    : "You have an appointment on " + moment(prompt.existing().start()) + ". Would you like to "
                    + "move it? Say yes or press 1, or say no or press 2.";
            case BOOKING -> "One moment.";
            case BOOKED -> prompt.purpose() == Purpose.RESCHEDULE
                    ? "Done: your appointment is moved to " + moment(prompt.slots().get(0).start()) + ". Goodbye!"
                    : "You're booked for " + forService(prompt) + moment(prompt.slots().get(0).start()) + ". Thank you"
                    + (prompt.name() != null ? ", " + prompt.name() : "") + ", and goodbye!";
            case CANCELLED -> "Your appointment on " + moment(prompt.existing().start()) + " is cancelled. Goodbye!";
            case GOODBYE -> "Thank you for calling " + business + ". Goodbye!";
            case GIVE_UP -> "I'm sorry, I'm having trouble understanding you. Please call us back later. Goodbye.";
            case TRANSFER -> "One moment, I'll put you through.";
            case TRANSFERRED -> "Thank you for calling " + business + ". Goodbye!";
            case TAKE_MESSAGE -> "Please leave your name, your number and a short message after the tone, and "
                    + "we'll call you back. Press the pound key or hang up when you're done.";
            case MESSAGE_TAKEN -> "Thank you, your message is recorded. Goodbye!";
            case REPEAT_NAME -> "Sorry, I didn't quite catch your name. Please say it once more after the tone.";
            case REPEAT_PHONE -> "Sorry, I didn't quite catch the number. Please say it once more after the tone.";
        };
    }

    private String askService(Prompt prompt) {
        if (prompt.keypad()) {
            return keys(rules.services().stream().map(service -> ServiceNames.spoken(service.name())).toList());
        }
        return "What would you like to book: "
                + or(rules.services().stream().map(service -> ServiceNames.withArticle(service.name())).toList())
                + "?";
    }

    /** "an exam on " when the caller chose among several services; nothing otherwise. */
    private static String forService(Prompt prompt) {
        return prompt.service() == null ? "" : ServiceNames.withArticle(prompt.service()) + " on ";
    }

    /** "Press 1 for …, press 2 for …." */
    private static String keys(List<String> options) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            keys.add("press " + (i + 1) + " for " + options.get(i));
        }
        return capitalise(String.join(", ", keys)) + ".";
    }

    private String askTime(Prompt prompt) {
        String why = prompt.refusal() == null ? "" : why(prompt.refusal()) + " ";
        if (prompt.purpose() == Purpose.RESCHEDULE && prompt.refusal() == null && !prompt.apology()) {
            return "Your appointment is on " + moment(prompt.existing().start()) + ". What day and time would "
                    + "you like instead? Or say cancel to cancel it.";
        }
        return why + "What day and time would suit you?";
    }

    private String clarify(Prompt prompt) {
        List<String> readings = prompt.slots().stream().map(slot -> reading(slot.start())).toList();
        if (prompt.keypad()) {
            return keys(readings);
        }
        if (prompt.preface() == Prompt.Preface.DATE_PASSED) {
            return "Did you mean " + or(readings) + "?";
        }
        return "Just to be sure: do you mean " + or(readings) + "?";
    }

    private String chooseBooking(Prompt prompt) {
        List<String> each = prompt.slots().stream().map(slot -> moment(slot.start())).toList();
        if (prompt.keypad()) {
            return keys(each);
        }
        return "You have appointments on " + or(each) + ". Which one is it about? You can say the first, the "
                + "second, or its day.";
    }

    /** A day, and its time unless the caller named only the day. */
    private String reading(Instant start) {
        ZonedDateTime at = start.atZone(rules.zone());
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? day(at.toLocalDate()) : moment(start);
    }

    private String menu(Prompt prompt) {
        if (prompt.keypad()) {
            return "Press 1 to book an appointment, press 2 to hear our opening hours, or press 3 to change or "
                    + "cancel a booking.";
        }
        boolean afterAnswering = prompt.preface() == Prompt.Preface.HOURS
                || prompt.preface() == Prompt.Preface.NO_BOOKING_FOUND
                || prompt.preface() == Prompt.Preface.NO_ONE_TO_TRANSFER_TO
                || prompt.preface() == Prompt.Preface.NO_ANSWER;
        String ask = afterAnswering ? "Is there anything else? I can book an appointment or tell you our opening hours."
                : "Would you like to book an appointment, or hear our opening hours?";
        return ask + " To book, say book or press 1. For opening hours, press 2. To change or cancel a booking, "
                + "press 3.";
    }

    private String why(Refusal refusal) {
        return switch (refusal) {
            case PAST -> "That time has already passed.";
            case TOO_SOON -> "That's too soon for us to prepare.";
            case BEYOND_HORIZON -> "We only take bookings up to " + rules.horizon().toDays() + " days ahead.";
            case CLOSED_DAY -> "We're closed that day.";
            case OUTSIDE_HOURS -> "That's outside our opening hours that day.";
            case TAKEN -> "That time is already booked.";
            case FULL -> "We're fully booked then.";
            case BUFFER -> "That's too close to another appointment: we keep " + spoken(rules.buffer())
                    + " free around each one.";
            case BREAK -> "We're closed for a break then.";
        };
    }

    private String offer(Prompt prompt) {
        String why = prompt.refusal() == null ? "" : why(prompt.refusal()) + " ";
        if (prompt.keypad()) {
            return why + keys(prompt.slots().stream().map(slot -> moment(slot.start())).toList())
                    + " Or say another day and time.";
        }
        List<Slot> slots = prompt.slots();
        String which = slots.size() == 1 ? "Would that work for you?" : "Which would you like?";
        return why + "I have " + grouped(slots) + ". " + which;
    }

    private String readBack(Prompt prompt) {
        String when = moment(prompt.slots().get(0).start());
        if (prompt.purpose() == Purpose.RESCHEDULE) {
            String move = "move your appointment from " + moment(prompt.existing().start()) + " to " + when;
            return prompt.keypad() ? "Press 1 to " + move + ", or press 2 to choose another time."
                    : "So I'll " + move + ". Shall I? Say yes or press 1, or say no or press 2.";
        }
        String service = prompt.service() == null ? null : ServiceNames.withArticle(prompt.service());
        String name = prompt.name();
        String who = (service == null ? "" : service + (name != null ? " for " : ", "))
                + (name != null ? name + ", " : "");
        if (prompt.keypad()) {
            return "I have " + who + "on " + when + ". Press 1 to book it, or press 2 to choose another time.";
        }
        String answer = " Say yes or press 1, or say no or press 2.";
        return switch (prompt.variant().readBack()) {
            case SUMMARY -> "So that's " + who + "on " + when + ". Shall I book it?" + answer;
            case QUESTION -> "Shall I book " + (name == null ? "you" : name) + " in"
                    + (service == null ? "" : " for " + service) + " on " + when + "?" + answer;
            case CHECKLIST -> "Let me read that back: " + String.join(", ", Stream.of(name, service, when)
                    .filter(Objects::nonNull).toList()) + ". Is that right?" + answer;
        };
    }

    /** "2:30 or 3 PM on Tuesday, March 3rd or 9 AM on Wednesday, March 4th" */
    private String grouped(List<Slot> slots) {
        Map<LocalDate, List<LocalTime>> byDay = new LinkedHashMap<>();
        for (Slot slot : slots) {
            ZonedDateTime start = slot.start().atZone(rules.zone());
            byDay.computeIfAbsent(start.toLocalDate(), day -> new ArrayList<>()).add(start.toLocalTime());
        }
        List<String> days = new ArrayList<>();
        byDay.forEach((day, times) -> days.add(times(times) + " on " + day(day)));
        return or(days);
    }

    private static String times(List<LocalTime> times) {
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            LocalTime time = times.get(i);
            boolean sameHalfAsNext = i + 1 < times.size() && (time.getHour() < 12) == (times.get(i + 1).getHour() < 12);
            spoken.add(sameHalfAsNext ? clockWithoutHalf(time) : clock(time));
        }
        return or(spoken);
    }

    private static String or(List<String> items) {
        return joined(items, " or ");
    }

    private static String and(List<String> items) {
        return joined(items, " and ");
    }

    private static String joined(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    private String moment(Instant instant) {
        ZonedDateTime at = instant.atZone(rules.zone());
        return day(at.toLocalDate()) + " at " + clock(at.toLocalTime());
    }

    private static String day(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ordinal(day.getDayOfMonth());
    }

    static String clock(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "noon";
        }
        return clockWithoutHalf(time) + (time.getHour() < 12 ? " AM" : " PM");
    }

    private static String clockWithoutHalf(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return time.getMinute() == 0 ? String.valueOf(hour) : String.format("%d:%02d", hour, time.getMinute());
    }

    /** "10 minutes", "an hour", "2 hours". */
    private static String spoken(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 != 0) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return minutes == 60 ? "an hour" : minutes / 60 + " hours";
    }

    static String ordinal(int day) {
        String suffix = day >= 11 && day <= 13 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return day + suffix;
    }

    private static String days(Hours hours) {
        List<DayOfWeek> days = hours.days();
        if (hours.consecutive() && days.size() > 2) {
            return name(days.get(0)) + " to " + name(days.get(days.size() - 1));
        }
        return and(days.stream().map(Phrasing::name).toList());
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
