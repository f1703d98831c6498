package org.motcua.kiosk.base;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat itself answers when a request fails before it reaches the application (a request line or headers
 * longer than Tomcat takes, a malformed request): the same words as the application's error page
 * ({@link ErrorAnswers}) instead of Tomcat's "HTTP Status 400 – Bad Request" page with its version. Tomcat's
 * error report valve is the one place for that; this subclass only changes what it writes.
 */
@Component
class QuietErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** Tomcat's error report valve, writing {@link ErrorAnswers}' words. Public: Tomcat makes it by its name. */
    public static class Valve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean api = ErrorAnswers.isApi(request.getDecodedRequestURI());
            try {
                response.setContentType(api ? "application/json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? ErrorAnswers.jsonText(status) : ErrorAnswers.html(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone, or the response was taken over meanwhile: nothing more to tell it
            }
        }
    }
}
