package id.zi.survey.survey;

/** The public link was replaced by a newer one: the poster in the hall is out of date (410 Gone). */
public class LinkRevoked extends RuntimeException {

    LinkRevoked(String publicId) {
        super("This survey link (" + publicId + ") was withdrawn by the unit; scan the QR code on the current poster");
    }
}
