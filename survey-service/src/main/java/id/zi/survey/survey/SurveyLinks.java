package id.zi.survey.survey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Public link ids and the survey each was issued for, kept forever: a revoked id still finds its survey,
 * whose current id then differs, so the form answers 410 Gone instead of 404. Looked up by {@code _id},
 * the one read every public request makes before its survey.
 */
public class SurveyLinks {

    public static final String COLLECTION = "survey_links";
    /** 16 random bytes: 128 bits nobody guesses, 22 characters of [A-Za-z0-9_-] on a poster. */
    private static final int ID_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> collection;

    public SurveyLinks(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    /** Issues a new public id for the survey; written before the survey points at it, so it never points nowhere. */
    String issue(String surveyId, Instant at) {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        String publicId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        collection.insertOne(new Document("_id", publicId).append("surveyId", surveyId).append("issuedAt", Date.from(at)));
        return publicId;
    }

    Optional<String> surveyOf(String publicId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", publicId)).first()).map(link -> link.getString("surveyId"));
    }
}
