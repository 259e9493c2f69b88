package vn.rollout.calendar;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/holidays?year=2026}: the year's public holidays, days in lieu, and the days the
 * Government announced (any signed-in user); {@code POST /api/holidays} {@code {"date", "name", "kind"}}
 * records an announced day off ({@code DAY_OFF}, the default) or day worked ({@code WORKING_DAY}), and
 * {@code DELETE /api/holidays/{date}} removes one: administrators only.
 */
@RestController
@RequestMapping("/api/holidays")
class HolidayController {

  private final Holidays holidays;
  private final IdentityService identityService;

  HolidayController(Holidays holidays, IdentityService identityService) {
    this.holidays = holidays;
    this.identityService = identityService;
  }

  /** One day of the answer: its date, why, and its kind with the kind's Vietnamese label. */
  record Day(LocalDate date, String name, Holiday.Kind kind, String kindLabel, boolean workingDay) {
    static Day of(Holiday holiday) {
      return new Day(holiday.date(), holiday.name(), holiday.kind(), holiday.kind().label(),
          holiday.kind() == Holiday.Kind.WORKING_DAY);
    }
  }

  record Year(int year, List<Day> days) {}

  record Announcement(String date, String name, String kind) {}

  @GetMapping
  Year year(@RequestParam(required = false) Integer year) {
    return new Year(year == null ? 0 : year, holidays.of(year).stream().map(Day::of).toList());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Day add(@RequestBody Announcement announcement) {
    return Day.of(holidays.add(announcement.date(), announcement.name(), announcement.kind(),
        identityService.getCurrentAuthentication()));
  }

  @DeleteMapping("/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable String date) {
    holidays.remove(date, identityService.getCurrentAuthentication());
  }
}
