package bella.bootstrap.cli;

import java.util.Optional;

/** Who answers Bella on a simulated call: a person at the terminal, a script, or a generated caller. */
interface Caller {

    /** The answer to what Bella has just said, or empty when the caller hangs up. */
    Optional<CallerAnswer> answer(BellaSays said);

    /** The call is over, after {@code last}: a script checks that nothing it expected is left. */
    default void ended(BellaSays last) {
    }
}
