package id.zi.monitoring.monev;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which recommendations of earlier periods a monev follows up (tindak lanjut). A recommendation stays
 * visible in every later monev until it is closed: a monev of a later period marks it DONE and the TPI
 * approves that monev. Marking it done in a monev still open, or in one the TPI returned, closes nothing yet.
 * Plain rules over the unit's monevs, so the list is computed when read and follows every approval at once.
 */
public final class FollowUps {

    private FollowUps() {
    }

    /**
     * One recommendation this monev follows up.
     *
     * @param entry   this monev's report on it (OPEN without a note until the unit reports)
     * @param earlier the reports of the monevs between the one that gave it and this one, oldest first
     */
    public record Item(Recommendation recommendation, FollowUp entry, List<EarlierReport> earlier) {
    }

    /** A report on the recommendation in an earlier monev that did not close it. */
    public record EarlierReport(String period, MonevStatus monevStatus, FollowUp.Status status, @Nullable String note) {
    }

    /**
     * The recommendations {@code current} follows up, oldest period first, each in the order it was given.
     *
     * @param unitMonevs the unit's monevs, in any order; {@code current} and later ones among them are ignored
     */
    public static List<Item> of(Monev current, Collection<Monev> unitMonevs) {
        MonevPeriod now = current.span();
        List<Monev> earlier = unitMonevs.stream().filter(monev -> monev.span().before(now))
                .sorted(Comparator.comparingInt((Monev monev) -> monev.span().endIndex())).toList();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            Monev giver = earlier.get(i);
            for (Recommendation recommendation : giver.recommendations()) {
                List<EarlierReport> reports = new ArrayList<>();
                boolean closed = false;
                for (Monev between : earlier.subList(i + 1, earlier.size())) {
                    FollowUp report = between.followUp(recommendation.id());
                    if (report.status() == FollowUp.Status.DONE && between.status() == MonevStatus.APPROVED) {
                        closed = true;
                        break;
                    }
                    reports.add(new EarlierReport(between.period(), between.status(), report.status(), report.note()));
                }
                if (!closed) {
                    items.add(new Item(recommendation, current.followUp(recommendation.id()), reports));
                }
            }
        }
        return items;
    }

    public static List<String> ids(List<Item> items) {
        return items.stream().map(item -> item.recommendation().id()).toList();
    }

    /**
     * The unit's recommendations still open once {@code current} stands as it is: those it follows up and does
     * not close, and those given in it.
     */
    public static int stillOpen(Monev current, List<Item> items) {
        int open = current.recommendations().size();
        for (Item item : items) {
            if (!(current.status() == MonevStatus.APPROVED && item.entry().status() == FollowUp.Status.DONE)) {
                open++;
            }
        }
        return open;
    }

    /** The recommendations {@code current} closes: marked done in it, once it is approved. */
    public static List<String> closedBy(Monev current, List<Item> items) {
        if (current.status() != MonevStatus.APPROVED) {
            return List.of();
        }
        return items.stream().filter(item -> item.entry().status() == FollowUp.Status.DONE).map(item -> item.recommendation().id()).toList();
    }
}
