package vn.rollout.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test's browser is a phone ({@link Webapps#PHONE_WIDTH} × {@link Webapps#PHONE_HEIGHT} CSS pixels,
 * a mobile Chromium's user agent, touch), not the desktop window of the other tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnPhone {}
