package io.caseledger.app.web;

import io.caseledger.domain.shared.Require;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.beans.PropertyEditorSupport;
import java.util.Map;
import java.util.function.Function;

/**
 * Input from the URL is as strict as input from the body: every path variable is an id (the same
 * pattern commands require of ids in a body), refused with 400 naming it before any handler reads
 * it; and numeric query parameters are plain decimal numbers (Spring's default editors would take
 * 0x10 as 16, even when its conversion service refused it).
 */
@ControllerAdvice
class PathAndQueryInput implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
                    variables.forEach((name, value) -> Require.id(String.valueOf(name), String.valueOf(value)));
                }
                return true;
            }
        });
    }

    @InitBinder
    void decimalNumbersOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, decimal(Long::valueOf, true));
        binder.registerCustomEditor(long.class, decimal(Long::valueOf, false));
        binder.registerCustomEditor(Integer.class, decimal(Integer::valueOf, true));
        binder.registerCustomEditor(int.class, decimal(Integer::valueOf, false));
    }

    private static PropertyEditorSupport decimal(Function<String, Number> parse, boolean nullable) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (nullable && (text == null || text.isEmpty())) {
                    setValue(null);
                    return;
                }
                // Long.valueOf and Integer.valueOf read decimal only and refuse out-of-range values.
                setValue(parse.apply(text));
            }
        };
    }
}
