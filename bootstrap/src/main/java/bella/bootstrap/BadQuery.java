package bella.bootstrap;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** A question to the owner's API that cannot be answered as asked: a 400 that says why. */
class BadQuery extends RuntimeException {

    BadQuery(String reason) {
        super(reason);
    }

    /** Answers every controller's bad query alike. */
    @RestControllerAdvice
    static class Answer {

        @ExceptionHandler(BadQuery.class)
        ResponseEntity<Map<String, String>> bad(BadQuery bad) {
            return ResponseEntity.badRequest().body(Map.of("error", bad.getMessage()));
        }
    }
}
