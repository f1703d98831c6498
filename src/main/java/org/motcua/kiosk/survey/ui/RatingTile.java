package org.motcua.kiosk.survey.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.motcua.kiosk.kiosk.HomeTile;

/** "Đánh giá hài lòng" on the kiosk's home screen. */
@Component
class RatingTile implements HomeTile {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "tile.rating.title";
    }

    @Override
    public String textKey() {
        return "tile.rating.text";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.SMILEY_O;
    }

    @Override
    public Class<RateByCodeView> target() {
        return RateByCodeView.class;
    }
}
