package bella.bootstrap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The owner's view of the projections and a way to rebuild one from the event store. A rebuild runs on its own, so
 * the request is answered at once (202) and calls go on being answered meanwhile. Under {@code /api}, so protected
 * like the rest of the owner's API.
 */
@RestController
class ProjectionsApi {

    private final ProjectionRebuilds rebuilds;

    ProjectionsApi(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping(path = "/api/projections", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ProjectionRebuilds.Projection> projections() {
        return rebuilds.projections();
    }

    @PostMapping(path = "/api/projections/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> rebuild(@PathVariable String name) {
        return switch (rebuilds.rebuild(name)) {
            case STARTED -> ResponseEntity.accepted().body(Map.of("rebuild", "started"));
            case ALREADY_RUNNING -> ResponseEntity.accepted().body(Map.of("rebuild", "already running"));
            case NOT_REPLAYABLE -> ResponseEntity.status(409).body(Map.of("error", name
                    + " acts on the outside world, so it is never replayed"));
            case UNKNOWN -> ResponseEntity.status(404).body(Map.of("error", "no such projection; GET /api/projections names them"));
        };
    }
}
