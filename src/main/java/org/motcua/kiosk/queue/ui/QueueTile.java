package org.motcua.kiosk.queue.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.motcua.kiosk.kiosk.HomeTile;

/** "Lấy số thứ tự" on the kiosk's home screen. */
@Component
class QueueTile implements HomeTile {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "tile.queue.title";
    }

    @Override
    public String textKey() {
        return "tile.queue.text";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.TICKET;
    }

    @Override
    public Class<TakeNumberView> target() {
        return TakeNumberView.class;
    }
}
