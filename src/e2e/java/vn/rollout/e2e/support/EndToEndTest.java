package vn.rollout.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test ({@code *E2E}, run by {@code ./mvnw verify -Pe2e}). Its test methods may take a
 * {@link Webapps} (a fresh browser of their own), an {@link EngineRest} (the REST API as the demo
 * administrator) and the {@link PackagedApplication}. The application and the browser are started
 * once for all browser tests of a run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
@ExtendWith(EndToEndExtension.class)
public @interface EndToEndTest {}
