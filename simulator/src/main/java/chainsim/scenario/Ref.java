package chainsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component (a string, a list of strings or the keys of a map) whose values must be
 * the {@code id} of an item of another top-level list, e.g. {@code @Ref("regions")}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface Ref {
  /** The top-level key of the list the value refers into. */
  String value();

  /** Extra values accepted besides ids, e.g. {@code "default"} as a map key. */
  String[] alsoAllowed() default {};
}
