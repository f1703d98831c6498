package org.motcua.kiosk.queue;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo office's services and counters, set up on a first start when nothing is configured yet. Its services
 * cover the demo catalogue's fields; an administrator changes all of it in the back office.
 */
@Component
class DemoOffice {

    private static final Logger log = LoggerFactory.getLogger(DemoOffice.class);

    DemoOffice(QueueService queue, QueueProperties properties) {
        if (!properties.demo() || !queue.services().isEmpty()) {
            return;
        }
        OpeningHours hours = OpeningHours.parse(properties.demoHours(), properties.demoDays());
        List<ServiceType> services = List.of(
                new ServiceType("ho-tich", "A", "Hộ tịch, chứng thực", "Civil status, certification",
                        List.of("Hộ tịch", "Chứng thực", "Nuôi con nuôi"), hours, null, 1, 999, 10, true),
                new ServiceType("dat-dai", "B", "Đất đai, xây dựng", "Land, construction",
                        List.of("Đất đai", "Hoạt động xây dựng", "Nhà ở và công sở"), hours, null, 1, 999, 20, true),
                new ServiceType("cu-tru", "C", "Cư trú, căn cước, hộ kinh doanh", "Residence, ID, household business",
                        List.of("Đăng ký, quản lý cư trú", "Cấp, quản lý căn cước", "Hộ kinh doanh",
                                "Định danh và xác thực điện tử"), hours, null, 1, 999, 30, true),
                new ServiceType("xa-hoi", "D", "Chính sách xã hội", "Social policy",
                        List.of("Bảo trợ xã hội", "Người có công", "Giảm nghèo", "Việc làm"), hours, null, 1, 999, 40,
                        true),
                new ServiceType("tra-ket-qua", "E", "Trả kết quả", "Collect results", List.of(), hours, null, 1, 999,
                        50, true));
        services.forEach(queue::saveService);
        queue.saveCounter(new Counter(1, "Quầy 1 – Hộ tịch", true, Set.of("ho-tich")));
        queue.saveCounter(new Counter(2, "Quầy 2 – Hộ tịch, chứng thực", true, Set.of("ho-tich")));
        queue.saveCounter(new Counter(3, "Quầy 3 – Đất đai", true, Set.of("dat-dai")));
        queue.saveCounter(new Counter(4, "Quầy 4 – Cư trú, xã hội", true, Set.of("cu-tru", "xa-hoi")));
        queue.saveCounter(new Counter(5, "Quầy 5 – Trả kết quả", true, Set.of("tra-ket-qua", "ho-tich")));
        queue.savePolicy(OrderingPolicy.standard());
        log.info("Demo office set up: {} services, 5 counters", services.size());
    }
}
