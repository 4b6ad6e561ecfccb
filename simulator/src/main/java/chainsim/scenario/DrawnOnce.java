package chainsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an uncertain number that is drawn once per replication only: a term agreed once (a
 * stake, a wage level, a commission rate), a one-off amount (an investment, a fit-out) or a
 * coefficient of the model. {@code draw: month} would mean nothing there, so validation refuses it
 * with the reason given here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE
})
public @interface DrawnOnce {
  /** Why a month draw makes no sense, completing "drawn once per replication: ...". */
  String value();
}
