package vn.rollout.programme.quality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code rollout.programme-check.*} for {@link ProgrammeQualityCheck}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgrammeCheckProperties.class)
class ProgrammeCheckConfiguration {}
