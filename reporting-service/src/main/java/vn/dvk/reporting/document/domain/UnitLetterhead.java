package vn.dvk.reporting.document.domain;

import java.util.List;
import java.util.Locale;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * What a unit's reports carry besides their content (Decree 30/2020/NĐ-CP): the issuing body as the header prints it,
 * the number's symbol, the place before the date, the recipient of "Kính gửi", the "Nơi nhận" list, the signature
 * block and the body that reports in the text ("Ủy ban nhân dân huyện Yên Châu trân trọng báo cáo").
 */
public record UnitLetterhead(String issuingBody, String numberSymbol, String place, String recipient,
                             List<String> distribution, List<String> signatureTitles, String signerName,
                             String reportingBody) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public UnitLetterhead {
        distribution = List.copyOf(distribution);
        signatureTitles = List.copyOf(signatureTitles);
        signerName = signerName == null ? "" : signerName;
    }

    /**
     * The letterhead of a unit nobody configured: the people's committee of the unit (an agency under its own name)
     * reports to the parent's people's committee and signs on behalf of the committee, its chair's name left blank.
     */
    public static UnitLetterhead derivedFrom(AdministrativeUnit unit, AdministrativeUnit parent) {
        boolean agency = unit.level() == UnitLevel.AGENCY;
        String body = agency ? unit.fullName() : "Ủy ban nhân dân " + lowerFirst(unit.fullName());
        String recipient = parent == null ? "Ban Thi đua - Khen thưởng Trung ương"
                : parent.level() == UnitLevel.AGENCY ? parent.fullName()
                : "Ủy ban nhân dân " + lowerFirst(parent.fullName());
        List<String> signature = agency ? List.of("THỦ TRƯỞNG CƠ QUAN")
                : List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        return new UnitLetterhead(body.toUpperCase(VIETNAMESE), agency ? "BC" : "BC-UBND", unit.name(), recipient,
                List.of("Như trên;", "Lưu: VT."), signature, "", body);
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
    }
}
