package bella.bootstrap.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The times callers lost after Bella offered them, told apart by when the call that booked each did so: before the
 * offer (a stale offer, which must never happen), or after it (a fair race between two callers).
 *
 * @param stale     times booked by another call before they were offered
 * @param fairRaces times booked by another call after they were offered
 * @param elsewhere times no call of the run booked at that start (booked earlier, or overlapping from another start)
 */
record TakenTimes(int stale, int fairRaces, int elsewhere) {

    /** @param calls each call of a run by its sid */
    static TakenTimes of(Map<String, OfferTimeline> calls) {
        int stale = 0;
        int fair = 0;
        int elsewhere = 0;
        for (var call : calls.entrySet()) {
            for (OfferTimeline.Moment lost : call.getValue().lost()) {
                List<Instant> bookedAt = calls.entrySet().stream()
                        .filter(other -> !other.getKey().equals(call.getKey()))
                        .flatMap(other -> other.getValue().bookings().stream())
                        .filter(booking -> lost.start().equals(booking.start()))
                        .map(OfferTimeline.Moment::at).toList();
                if (bookedAt.stream().anyMatch(at -> at.isBefore(lost.at()))) {
                    stale++;
                } else if (!bookedAt.isEmpty()) {
                    fair++;
                } else {
                    elsewhere++;
                }
            }
        }
        return new TakenTimes(stale, fair, elsewhere);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d stale offers (booked by another call before it was offered), %d fair "
                + "races (booked by another call after it was offered), %d booked outside this run", stale, fairRaces,
                elsewhere);
    }
}
