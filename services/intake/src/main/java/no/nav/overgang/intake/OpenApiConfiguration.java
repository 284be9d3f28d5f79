package no.nav.overgang.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The intake's OpenAPI description ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui/index.html}). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI intakeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("overgang intake").version("v1").description("""
                        Case milestones from source systems without Kafka, corrections by pilot administrators, and \
                        the intake's dead letters. Every operation needs a bearer token from NAV's identity provider \
                        (roles source-system or pilot-admin). The formats are described in docs/EVENTS.md."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
