package org.motcua.kiosk.admin.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.catalog.CatalogImportException;
import org.motcua.kiosk.catalog.CatalogPublished;
import org.motcua.kiosk.catalog.CatalogService;

/** The back office's first page: the catalogue in use and importing a new one. */
@Route(value = "admin", autoLayout = false)
@PageTitle("Quản trị / Back office")
@RolesAllowed("ADMIN")
public class AdminView extends Div {

    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private final CatalogService catalog;
    private final Div status = new Div();
    final Div result = new Div();

    public AdminView(CatalogService catalog, AuthenticationContext auth) {
        this.catalog = catalog;
        addClassName("admin-page");
        Button logout = new Button(getTranslation("admin.logout"), e -> auth.logout());
        Div header = new Div(new H1(getTranslation("admin.title")), logout);
        header.addClassName("admin-header");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                UI.getCurrent().access(() -> importCatalog(meta.fileName(), bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setI18n(uploadTexts());
        result.addClassName("admin-result");
        add(header, new BackOfficeNav(), BackOfficePage.clockBanner(), new H2(getTranslation("admin.catalog")), status,
                new Paragraph(getTranslation("admin.catalog.import")), upload, result);
        if (HubRoutes.onHub()) {
            // On the hub the catalogue imported here is the one every kiosk pulls.
            addComponentAtIndex(5, new Paragraph(getTranslation("hub.catalog.publishes")));
        }
        showStatus();
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("admin.upload.tooBig", MAX_UPLOAD_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("admin.upload.wrongType"))
                .setTooManyFiles(getTranslation("admin.upload.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setHeld("…").setProcessing("…")
                        .setStalled("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("admin.upload.failed"))
                        .setUnexpectedServerError(getTranslation("admin.upload.failed"))
                        .setForbidden(getTranslation("admin.upload.failed"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    void importCatalog(String fileName, byte[] bytes) {
        result.removeAll();
        try {
            CatalogPublished published = catalog.importCatalog(new ByteArrayInputStream(bytes), "upload:" + fileName);
            result.add(new Paragraph(getTranslation("admin.catalog.imported", published.version(),
                    published.procedureCount())));
            result.getElement().setAttribute("data-outcome", "imported");
        } catch (CatalogImportException e) {
            result.add(new Paragraph(getTranslation("admin.catalog.rejected")));
            UnorderedList problems = new UnorderedList();
            e.problems().stream().limit(50).forEach(p -> problems.add(new ListItem(p.describe())));
            result.add(problems);
            result.getElement().setAttribute("data-outcome", "rejected");
        }
        showStatus();
    }

    private void showStatus() {
        status.removeAll();
        catalog.currentVersion().ifPresentOrElse(v -> {
            status.add(new Paragraph(getTranslation("admin.catalog.version", v.version(), v.procedureCount(),
                    WHEN.format(v.publishedAt()))));
            if (v.source() != null) {
                status.add(new Paragraph(getTranslation("admin.catalog.source", v.source())));
            }
        }, () -> status.add(new Paragraph(getTranslation("catalog.empty"))));
    }
}
