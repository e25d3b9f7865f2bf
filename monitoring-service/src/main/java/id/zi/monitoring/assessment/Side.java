package id.zi.monitoring.assessment;

import java.util.Locale;

/** Whose answers: the unit's self-assessment, or the TPI's, which is the one that counts (ZI-DOMAIN §5). */
public enum Side {
    SELF, TPI;

    /** As in a path: {@code self}, {@code tpi}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
