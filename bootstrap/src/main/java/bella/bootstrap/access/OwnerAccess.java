package bella.bootstrap.access;

import bella.application.limits.RateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;

/**
 * Two filter chains: the owner's pages, API and metrics behind the owner's login, and everything else (the
 * webhooks, which prove themselves by Twilio's signature, the health probes, the chart library) open. Both send the
 * same protective headers. No session is kept: each request carries the login, as Basic and the API key do.
 */
@Configuration(proxyBeanMethods = false)
class OwnerAccess {

    /**
     * The dashboard's own scripts, styles, chart library and live stream, from Bella only; nothing may frame it.
     * Styles may be inline: the funnel's bars are drawn with style attributes, and a style cannot run script.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final long A_YEAR_IN_SECONDS = 31_536_000;

    private final RequestMatcher overTls;

    OwnerAccess(@Value("${PUBLIC_BASE_URL:}") String publicBaseUrl,
                @Value("${TRUST_PROXY_HEADERS:false}") boolean trustProxyHeaders) {
        this.overTls = Requests.servedOverTls(publicBaseUrl, trustProxyHeaders);
    }

    /** API_LIMIT_PER_CLIENT on the owner's API and pages, ahead of Spring Security's filters. */
    @Bean
    FilterRegistrationBean<OwnerRequestLimits> ownerRequestLimits(
            @Value("${API_LIMIT_PER_CLIENT:" + OwnerRequestLimits.PER_CLIENT + "}") long perMinute,
            @Value("${TRUST_PROXY_HEADERS:false}") boolean trustProxyHeaders, Clock clock) {
        var registration = new FilterRegistrationBean<>(new OwnerRequestLimits(RateLimit.perMinute(perMinute, clock),
                trustProxyHeaders));
        registration.addUrlPatterns("/api/*", "/dashboard/*", "/dashboard");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** A bean, so that Spring Boot makes no user with a generated password of its own. */
    /** Spring Security's web configuration answers the firewall's refusals with this bean, instead of an error page. */
    @Bean
    RequestRejectedHandler unusualRequests() {
        return Refusals.unusualRequest();
    }

    @Bean
    OwnerCredentials ownerCredentials(@Value("${ADMIN_USER:}") String user, @Value("${ADMIN_PASS:}") String password,
                                      @Value("${API_KEY:}") String apiKey) {
        return new OwnerCredentials(user, password, apiKey);
    }

    @Bean
    @Order(1)
    SecurityFilterChain owners(HttpSecurity http, OwnerCredentials credentials) throws Exception {
        AuthenticationEntryPoint signInFirst = Refusals.signInFirst(credentials);
        ProviderManager manager = new ProviderManager(credentials);
        http.securityMatcher(Requests.owners())
                .authenticationManager(manager)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(Requests.changesFromAnotherSite()))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(signInFirst)
                        .accessDeniedHandler(Refusals.onlyFromOwnPages()))
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access(credentials.anySet() ? signedIn() : fromThisMachine()));
        if (credentials.basicSet()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(signInFirst));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        if (credentials.apiKeySet()) {
            http.addFilterBefore(apiKeys(manager, signInFirst), BasicAuthenticationFilter.class);
        }
        return headers(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                // nothing here acts on a browser's login: the webhooks check Twilio's signature instead
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return headers(http).build();
    }

    private HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(overTls).maxAgeInSeconds(A_YEAR_IN_SECONDS)
                        .includeSubDomains(false))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    }

    /** Checks {@code X-API-Key} on the owner's paths; a request without it goes on to Basic. */
    private static AuthenticationFilter apiKeys(ProviderManager manager, AuthenticationEntryPoint signInFirst) {
        AuthenticationFilter filter = new AuthenticationFilter(manager, request -> {
            String key = request.getHeader(ApiKeyAuthentication.HEADER);
            return key == null ? null : ApiKeyAuthentication.offered(key);
        });
        filter.setSuccessHandler((request, response, authentication) -> { });
        filter.setFailureHandler((request, response, failure) -> signInFirst.commence(request, response, failure));
        return filter;
    }

    private static AuthorizationManager<RequestAuthorizationContext> signedIn() {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
                && authentication.get().isAuthenticated()
                && authentication.get().getAuthorities().stream()
                .anyMatch(granted -> OwnerCredentials.OWNER.equals(granted.getAuthority())));
    }

    /** With no login configured, the owner is whoever sits at this machine. */
    private static AuthorizationManager<RequestAuthorizationContext> fromThisMachine() {
        return (authentication, context) -> new AuthorizationDecision(Requests.fromThisMachine(context.getRequest()));
    }
}
