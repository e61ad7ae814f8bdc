package bella.adapters.twilio;

import bella.application.texts.TextTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Delivery reports: recorded for a text Bella sent, refused with a reason otherwise. */
class SmsStatusWebhookTest {

    private static final String SID = "SM0123456789abcdef0123456789abcdef";

    private final QueuedTexts outbox = new QueuedTexts();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        outbox.enqueue(TextTask.Purpose.CONFIRMATION, "event-1", "appointment-1", "+14165550123", "booked",
                Instant.EPOCH, null, Instant.EPOCH);
        outbox.sent(outbox.claimNext(Instant.EPOCH, Instant.EPOCH).orElseThrow(), SID);
        mvc = MockMvcBuilders.standaloneSetup(new SmsStatusWebhook(outbox)).build();
    }

    @Test
    void aReportOnASentTextIsRecorded() throws Exception {
        mvc.perform(post("/twilio/sms-status").param("MessageSid", SID).param("MessageStatus", "undelivered")
                .param("ErrorCode", "30003")).andExpect(status().isNoContent());
    }

    @Test
    void aReportOnATextBellaNeverSentIsNotFound() throws Exception {
        mvc.perform(post("/twilio/sms-status").param("MessageSid", "SM" + "f".repeat(32))
                        .param("MessageStatus", "delivered"))
                .andExpect(status().isNotFound())
                .andExpect(content().string("no text Bella sent has this MessageSid"));
    }

    @Test
    void aReportNoTwilioTextWouldSendIsRefusedWithItsReason() throws Exception {
        mvc.perform(post("/twilio/sms-status").param("MessageSid", "CA123").param("MessageStatus", "delivered"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("MessageSid must be SM or MM and 32 hexadecimal digits"));
        mvc.perform(post("/twilio/sms-status").param("MessageSid", SID).param("MessageStatus", "teleported"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/twilio/sms-status").param("MessageSid", SID).param("MessageStatus", "failed")
                .param("ErrorCode", "thirty")).andExpect(status().isBadRequest())
                .andExpect(content().string("ErrorCode must be a whole number"));
        mvc.perform(post("/twilio/sms-status").param("MessageStatus", "failed")).andExpect(status().isBadRequest());
    }
}
