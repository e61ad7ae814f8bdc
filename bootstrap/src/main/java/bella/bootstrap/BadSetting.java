package bella.bootstrap;

/** A setting Bella cannot start with; the message names it and says what it accepts. */
class BadSetting extends IllegalArgumentException {

    BadSetting(String name, String value, String expected) {
        super(name + "=" + value + " is not usable: " + expected);
    }
}
