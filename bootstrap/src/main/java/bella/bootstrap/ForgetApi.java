package bella.bootstrap;

import bella.adapters.persistence.personal.Forgetting;
import bella.application.forgetting.RecordingDeleter;
import bella.application.understanding.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Forgets a person on the owner's request, by their phone number: under {@code /api}, so the owner's. The number is
 * read as callers' numbers are (the business's region when it has no country code); the answer never repeats it.
 */
@RestController
class ForgetApi {

    private static final Logger LOG = LoggerFactory.getLogger(ForgetApi.class);

    private final Forgetting forgetting;
    private final PhoneNumbers phoneNumbers;
    private final RecordingDeleter recordings;

    /** @param recordings what deletes recordings at Twilio, when calls are recorded */
    ForgetApi(Forgetting forgetting, Settings settings, ObjectProvider<RecordingDeleter> recordings) {
        this.forgetting = forgetting;
        this.phoneNumbers = new PhoneNumbers(settings.phoneRegion());
        this.recordings = recordings.getIfAvailable();
    }

    @PostMapping(path = "/api/customers/{phone}/forget", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> forget(@PathVariable String phone) {
        String number = phoneNumbers.e164(phone)
                .orElseThrow(() -> new BadQuery("that is not a phone number: give it in E.164, e.g. +14165550134"));
        if (recordings != null) {
            // Queued first, while the calls' events still read whole; a forgetting that then fails leaves the
            // recordings to be deleted all the same, which is what the owner asked for.
            int queued = recordings.forget(forgetting.recordsOf(number));
            if (queued > 0) {
                LOG.info("Queued {} recordings to delete at Twilio", queued);
            }
        }
        Forgetting.Forgotten forgotten = forgetting.forget(number);
        if (forgotten.isEmpty()) {
            LOG.info("Asked to forget a number Bella knows nothing of");
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "no call, booking or text names that number"));
        }
        return ResponseEntity.ok(Map.of("records", forgotten.records(), "rows", forgotten.rows()));
    }
}
