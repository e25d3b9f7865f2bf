package id.zi.evidence.storage;

import java.time.Duration;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes objects whose upload died between the store and the metadata (a crash, or the database failing
 * after the bytes were written). An intent whose object is described by evidence metadata lost only its
 * own removal, and is simply forgotten.
 */
public class OrphanSweeper {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);

    private final UploadIntents intents;
    private final EvidenceStorage storage;
    private final Predicate<String> described;
    private final Duration quiet;

    /**
     * @param described whether evidence metadata names an object key
     * @param quiet     how long an upload may show no progress before it counts as dead
     */
    public OrphanSweeper(UploadIntents intents, EvidenceStorage storage, Predicate<String> described, Duration quiet) {
        this.intents = intents;
        this.storage = storage;
        this.described = described;
        this.quiet = quiet;
    }

    /** @return how many orphaned objects were removed */
    public int sweep() {
        int removed = 0;
        for (UploadIntents.Intent intent : intents.abandoned(quiet, 500)) {
            try {
                if (!described.test(intent.key())) {
                    storage.remove(intent.key());
                    removed++;
                    log.info("removed object {} of an upload that never completed (evidence {})", intent.key(), intent.evidenceId());
                }
                intents.end(intent.key());
            } catch (StorageUnavailable | UploadRejected e) {
                log.debug("orphan {} stays until the store is back: {}", intent.key(), e.getMessage());
                return removed;
            }
        }
        return removed;
    }
}
