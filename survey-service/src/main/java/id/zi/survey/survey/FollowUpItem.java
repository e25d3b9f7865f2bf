package id.zi.survey.survey;

import java.time.LocalDate;

/**
 * One improvement the unit commits to after a period's result (rencana tindak lanjut), for one element:
 * what it will do, who is responsible and by when. PermenPANRB 14/2017 asks that the lowest elements get one.
 */
public record FollowUpItem(String elementCode, String action, String pic, LocalDate targetDate) {
}
