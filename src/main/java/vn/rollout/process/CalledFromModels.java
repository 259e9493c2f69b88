package vn.rollout.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean whose public methods process models may call in expressions, such as a timer's
 * {@code ${deadlines.reminder(studyDue, 'P7D')}} or a multi-instance collection's
 * {@code ${subordinateCommittees.of(committeeCode)}}. Deploying is executing code, so a deployment may
 * call no other bean (delegates are wired by {@code camunda:delegateExpression="${beanName}"} and need no
 * mark). The class and the methods must be public (the engine calls them by reflection). Keep such
 * beans small and free of side effects: a process owner can call any of their public methods with any
 * arguments. See SECURITY.md, "What a deployment may contain".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CalledFromModels {}
