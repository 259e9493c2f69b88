package vn.rollout.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean whose public methods process models may call in expressions, such as a timer's
 * {@code ${deadlines.reminder(studyDue, 'P7D')}} or a multi-instance collection's
 * {@code ${subordinateCommittees.batches(committeeCode)}}. Deploying is executing code, so a deployment may
 * call no other bean (delegates are wired by {@code camunda:delegateExpression="${beanName}"} and need no
 * mark). The class and the methods must be public (the engine calls them by reflection). A process
 * owner can call any public method of such a bean with any arguments, as they can wire any delegate:
 * mark the product's own business services at most, never infrastructure (data sources, engine
 * services, HTTP clients), and prefer small beans without side effects. See SECURITY.md, "What a
 * deployment may contain".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CalledFromModels {}
