<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Confirm receipt</source>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <source>{holder} received {copies} copy(ies) of revision {number}, given on {date}.</source>
        <translation>{holder} nhận {copies} bản của lần ban hành {number}, giao ngày {date}.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Ngày nhận:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký nhận:</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <source>Dates will read: {line}</source>
        <extracomment>Order of the kinds in the combo: communes first (most users after 2025).</extracomment>
        <translation>Ngày tháng sẽ ghi: {line}</translation>
    </message>
    <message>
        <source>The place name is printed before the date of every document.</source>
        <translation>Địa danh được ghi trước ngày tháng của mọi văn bản.</translation>
    </message>
    <message>
        <source>A plan will be numbered: {number}</source>
        <translation>Ví dụ số của một kế hoạch: {number}</translation>
    </message>
    <message>
        <source>Used after the document type in numbers, e.g. “UBND” in 01/KH-UBND.</source>
        <translation>Dùng sau tên loại văn bản trong số, ký hiệu, ví dụ “UBND” trong 01/KH-UBND.</translation>
    </message>
    <message>
        <source>The head signs: {lines}</source>
        <translation>Thể thức ký của người đứng đầu: {lines}</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Kind of agency:</source>
        <translation>Loại cơ quan:</translation>
    </message>
    <message>
        <source>Province or city:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>Place name (in dates):</source>
        <translation>Địa danh (ghi ở ngày tháng):</translation>
    </message>
    <message>
        <source>e.g. Sơn Lâm</source>
        <translation>VD: Sơn Lâm</translation>
    </message>
    <message>
        <source>Agency name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân xã Sơn Lâm</source>
        <translation>VD: Ủy ban nhân dân xã Sơn Lâm</translation>
    </message>
    <message>
        <source>Governing agency:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân tỉnh Hà Tĩnh</source>
        <translation>VD: Ủy ban nhân dân tỉnh Hà Tĩnh</translation>
    </message>
    <message>
        <source>Abbreviation in document numbers:</source>
        <translation>Chữ viết tắt trong số văn bản:</translation>
    </message>
    <message>
        <source>e.g. UBND</source>
        <translation>VD: UBND</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Áp dụng từ ngày:</translation>
    </message>
    <message>
        <source>Contact and signing titles</source>
        <translation>Liên hệ và chức danh ký</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Title of the head:</source>
        <translation>Chức danh người đứng đầu:</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch</source>
        <translation>VD: Chủ tịch</translation>
    </message>
    <message>
        <source>Title of a deputy:</source>
        <translation>Chức danh cấp phó:</translation>
    </message>
    <message>
        <source>e.g. Phó Chủ tịch</source>
        <translation>VD: Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Collective name (signs “TM.”):</source>
        <translation>Tên tập thể (ký “TM.”):</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân</source>
        <translation>VD: Ủy ban nhân dân</translation>
    </message>
</context>
<context>
    <name>AgencyVersionDialog</name>
    <message>
        <source>Rename or merge the agency</source>
        <translation>Đổi tên hoặc sáp nhập cơ quan</translation>
    </message>
    <message>
        <source>Enter the agency as it is named from the given date (for example after a merger on 01/7/2025). Documents dated earlier keep the previous name.</source>
        <translation>Nhập thông tin cơ quan theo tên gọi mới từ ngày áp dụng (ví dụ sau khi sáp nhập từ ngày 01/7/2025). Các văn bản có ngày trước đó vẫn giữ tên cũ.</translation>
    </message>
</context>
<context>
    <name>AgencyVersionTableModel</name>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Governing agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nay</translation>
    </message>
</context>
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Record an announcement of the QMS</source>
        <translation>Ghi nhận công bố HTQLCL</translation>
    </message>
    <message>
        <source>The decision announcing (công bố) that the QMS conforms to TCVN ISO 9001:2015 is a decision of the head of the agency, kept in the register of issued documents. isodesk records with it the scope it announced: the fields and the TTHC in force on the date of the decision.</source>
        <translation>Quyết định công bố HTQLCL phù hợp TCVN ISO 9001:2015 do người đứng đầu cơ quan ký, được vào sổ văn bản đi. isodesk ghi nhận kèm theo phạm vi đã công bố: các lĩnh vực và các TTHC đang áp dụng tại ngày ký quyết định.</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Loại quyết định:</translation>
    </message>
    <message>
        <source>In the register:</source>
        <translation>Sổ văn bản:</translation>
    </message>
    <message>
        <source>Enter a new decision in the register</source>
        <translation>Vào sổ quyết định mới</translation>
    </message>
    <message>
        <source>Use a decision already in the register</source>
        <translation>Chọn quyết định đã có trong sổ văn bản</translation>
    </message>
    <message>
        <source>Decision in the register:</source>
        <translation>Quyết định trong sổ văn bản:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Ngày ký:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>position, e.g. Chủ tịch</source>
        <translation>chức vụ, ví dụ: Chủ tịch</translation>
    </message>
    <message>
        <source>Based on the decision issuing the document set:</source>
        <translation>Căn cứ quyết định ban hành hệ thống tài liệu:</translation>
    </message>
    <message>
        <source>Announcement (công bố)</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Re-announcement (công bố lại)</source>
        <translation>Công bố lại</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(chưa vào số)</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (dự thảo)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>Scope today: {fields} field(s), {tthc} TTHC in force ({covered} covered by a procedure). The scope is recorded as it stands on the date of the decision.</source>
        <translation>Phạm vi hiện nay: {fields} lĩnh vực, {tthc} TTHC đang áp dụng ({covered} TTHC đã có quy trình). Phạm vi được ghi nhận theo ngày ký của quyết định.</translation>
    </message>
    <message>
        <source>Change the decision the announcement relies on</source>
        <translation>Đổi quyết định ban hành làm căn cứ công bố</translation>
    </message>
    <message>
        <source>Announcement {reference}: choose the decision issuing the document set that it relies on. The announcement must be dated on or after it.</source>
        <translation>Quyết định công bố {reference}: chọn quyết định ban hành hệ thống tài liệu làm căn cứ. Quyết định công bố phải có ngày bằng hoặc sau ngày của quyết định ban hành.</translation>
    </message>
</context>
<context>
    <name>AuditBlock</name>
    <message>
        <source>Legal bases (one per line)</source>
        <translation>Căn cứ (mỗi dòng một căn cứ)</translation>
    </message>
    <message>
        <source>Article 1</source>
        <translation>Điều 1</translation>
    </message>
    <message>
        <source>Article 2</source>
        <translation>Điều 2</translation>
    </message>
    <message>
        <source>Article 3</source>
        <translation>Điều 3</translation>
    </message>
    <message>
        <source>Recipients (one per line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Purpose and requirements</source>
        <translation>Mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>Scope and criteria</source>
        <translation>Phạm vi, chuẩn mực đánh giá</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Thành phần Đoàn đánh giá</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian đánh giá</translation>
    </message>
    <message>
        <source>Open nonconformities of earlier years</source>
        <translation>Điểm không phù hợp chưa khắc phục xong của các năm trước</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Opening paragraph</source>
        <translation>Đoạn mở đầu</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận về sự phù hợp và hiệu lực</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Assignments of the team</source>
        <translation>Phân công Đoàn đánh giá</translation>
    </message>
    <message>
        <source>Requests to the departments</source>
        <translation>Đề nghị các phòng, bộ phận</translation>
    </message>
</context>
<context>
    <name>AuditRoundDialog</name>
    <message>
        <source>New audit round</source>
        <translation>Đợt đánh giá nội bộ mới</translation>
    </message>
    <message>
        <source>Audit round {title}</source>
        <translation>Đợt đánh giá {title}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>(usually excluded)</source>
        <translation>(thường loại trừ)</translation>
    </message>
    <message>
        <source>Audit round</source>
        <translation>Đợt đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Chuẩn mực đánh giá:</translation>
    </message>
    <message>
        <source>Processes and procedures:</source>
        <translation>Quá trình, quy trình:</translation>
    </message>
    <message>
        <source>Head of the audit team:</source>
        <translation>Trưởng đoàn:</translation>
    </message>
    <message>
        <source>Departments audited:</source>
        <translation>Đơn vị/bộ phận được đánh giá:</translation>
    </message>
    <message>
        <source>Team members (certified auditors):</source>
        <translation>Thành viên Đoàn (có chứng chỉ đánh giá viên nội bộ):</translation>
    </message>
    <message>
        <source>Clauses of TCVN ISO 9001:2015:</source>
        <translation>Điều khoản TCVN ISO 9001:2015:</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit rounds</source>
        <translation>Các đợt đánh giá nội bộ</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Đợt đánh giá mới…</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>Sửa đợt đánh giá…</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Đánh dấu đã tiến hành</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>Head of the team</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Propose programme</source>
        <translation>Đề xuất chương trình</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>Lưu chương trình</translation>
    </message>
    <message>
        <source>Print checklists</source>
        <translation>In phiếu ghi chép</translation>
    </message>
    <message>
        <source>The audit checklist (phiếu ghi chép) of every department in scope, or of one department, to fill in by hand</source>
        <translation>Phiếu ghi chép đánh giá (checklist) của tất cả các phòng, bộ phận trong phạm vi hoặc của một phòng, bộ phận, để ghi tay khi đánh giá</translation>
    </message>
    <message>
        <source>Type dates as dd/mm/yyyy, hours as 08:00-11:30, clauses as “Điều khoản 7.5, 8.5”, auditors&apos; names separated by commas.</source>
        <translation>Ngày gõ dạng dd/mm/yyyy, giờ dạng 08:00-11:30, điều khoản dạng “Điều khoản 7.5, 8.5”, tên người đánh giá cách nhau bởi dấu phẩy.</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Chương trình đánh giá</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Decision setting up the team</source>
        <translation>Quyết định thành lập Đoàn</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Các điều</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Kế hoạch đánh giá</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Notice to the departments</source>
        <translation>Thông báo phân công</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Báo cáo kết quả đánh giá</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tiến hành</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã lập kế hoạch</translation>
    </message>
    <message>
        <source>Mark as planned</source>
        <translation>Đánh dấu chưa tiến hành</translation>
    </message>
    <message>
        <source>All departments (one per page)</source>
        <translation>Tất cả các phòng, bộ phận (mỗi đơn vị một trang)</translation>
    </message>
    <message>
        <source>The checklists cannot be printed</source>
        <translation>Không in được phiếu ghi chép</translation>
    </message>
    <message>
        <source>Audit checklists</source>
        <translation>Phiếu ghi chép đánh giá nội bộ</translation>
    </message>
    <message>
        <source>No conflict: the programme follows every rule.</source>
        <translation>Không có xung đột: chương trình đáp ứng mọi quy tắc.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>isodesk copies the data and checks the copy at the first start of each day and before every Excel import. It keeps the copies of the last {daily} days, of the last {monthly} months and one of every year, in: {folder}</source>
        <translation>isodesk sao lưu dữ liệu và kiểm tra bản sao ở lần mở đầu tiên mỗi ngày và trước mỗi lần nhập từ Excel. Chương trình giữ bản sao của {daily} ngày gần nhất, {monthly} tháng gần nhất và một bản cho mỗi năm, tại: {folder}</translation>
    </message>
    <message>
        <source>Second copy on another drive or a USB stick (recommended):</source>
        <translation>Bản sao thứ hai trên ổ đĩa khác hoặc USB (nên dùng):</translation>
    </message>
    <message>
        <source>No second folder</source>
        <translation>Chưa chọn thư mục thứ hai</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Thôi dùng</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Last good backup: {when}</source>
        <translation>Bản sao lưu tốt gần nhất: {when}</translation>
    </message>
    <message>
        <source>No backup has been taken yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Saved. The next backups are also copied there.</source>
        <translation>Đã lưu. Các bản sao lưu tiếp theo cũng được chép vào thư mục này.</translation>
    </message>
    <message>
        <source>Saved. Backups are kept only in the data folder.</source>
        <translation>Đã lưu. Bản sao lưu chỉ được giữ trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Sao lưu không thành công: {reason}</translation>
    </message>
    <message>
        <source>The backup was taken and checked, but the copy to the second folder failed ({reason}).</source>
        <translation>Đã sao lưu và kiểm tra bản sao, nhưng chép sang thư mục thứ hai không thành công ({reason}).</translation>
    </message>
    <message>
        <source>The backup was taken and checked.</source>
        <translation>Đã sao lưu và kiểm tra bản sao.</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Thư mục thứ hai để sao lưu</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Last backup: {when}</source>
        <translation>Sao lưu gần nhất: {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Chưa có bản sao lưu</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Bản sao lưu được giữ tại {folder}</translation>
    </message>
    <message>
        <source>Backing up the data…</source>
        <translation>Đang sao lưu dữ liệu…</translation>
    </message>
    <message>
        <source>the copy to the second folder failed ({reason})</source>
        <translation>chép sang thư mục thứ hai không thành công ({reason})</translation>
    </message>
    <message>
        <source>the automatic backup failed: {reason}</source>
        <translation>sao lưu tự động không thành công: {reason}</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Restore the suggested text</source>
        <extracomment>Milliseconds of quiet typing after which edits are saved.</extracomment>
        <translation>Khôi phục văn bản gợi ý</translation>
    </message>
    <message>
        <source>Replace this text by the one isodesk drafts from your data.</source>
        <translation>Thay đoạn này bằng văn bản isodesk soạn sẵn từ dữ liệu của cơ quan.</translation>
    </message>
    <message>
        <source>Left out of the document</source>
        <translation>Không đưa vào văn bản</translation>
    </message>
    <message>
        <source>Taken from the {year} text</source>
        <translation>Lấy từ văn bản năm {year}</translation>
    </message>
    <message>
        <source>Same as the issued text of {year} (only the year changed): review it before issuing.</source>
        <translation>Giống hệt văn bản đã ban hành năm {year} (chỉ khác năm): hãy rà soát, cập nhật trước khi ban hành.</translation>
    </message>
    <message>
        <source>Suggested by isodesk</source>
        <translation>Văn bản gợi ý</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Lần sửa đổi</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>CycleStep</name>
    <message>
        <source>Issue the year&apos;s QMS maintenance plan</source>
        <extracomment>Evidence that depends on the day it is looked at (e.g. what is due for review today); used instead of ``evidence`` when given. Seats of the Ban Chỉ đạo ISO as printed in the steering committee table. The cycle step a register entry of each purpose is evidence of (evidence folders of the report).</extracomment>
        <translation>Ban hành Kế hoạch duy trì, cải tiến HTQLCL trong năm</translation>
    </message>
    <message>
        <source>An issued plan (Kế hoạch duy trì, cải tiến HTQLCL) of this year in the register.</source>
        <translation>Có Kế hoạch duy trì, cải tiến HTQLCL của năm đã ban hành trong sổ văn bản.</translation>
    </message>
    <message>
        <source>Publish the quality policy and the year&apos;s quality objectives with their plan</source>
        <translation>Công bố chính sách chất lượng, mục tiêu chất lượng năm và kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>An issued decision on the quality objectives and their implementation plan of this year.</source>
        <translation>Có quyết định ban hành mục tiêu chất lượng và kế hoạch thực hiện mục tiêu của năm.</translation>
    </message>
    <message>
        <source>Plan the treatment of risks and opportunities</source>
        <extracomment>Centred columns of Phụ lục 2: TT and the three level columns. From this many days before the period ends, entries still not evaluated are reported.</extracomment>
        <translation>Lập kế hoạch giải quyết rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>An issued plan for addressing risks and opportunities of this year.</source>
        <translation>Có kế hoạch hành động giải quyết rủi ro và cơ hội của năm đã ban hành.</translation>
    </message>
    <message>
        <source>Carry out the internal audit</source>
        <extracomment>Text key of the annual report&apos;s section on the internal audit and corrective action. Documents offered for a year with an audit round: (offer key, title, file stem). Text key of the date of the last internal audit (&quot;&quot; when none was held this year).</extracomment>
        <translation>Tiến hành đánh giá nội bộ</translation>
    </message>
    <message>
        <source>An audit round of this year held, with its findings recorded, and its audit report (Báo cáo kết quả đánh giá nội bộ) issued.</source>
        <translation>Một đợt đánh giá nội bộ trong năm đã tiến hành, có ghi nhận các phát hiện, và Báo cáo kết quả đánh giá nội bộ đã được ban hành.</translation>
    </message>
    <message>
        <source>The decision setting up the audit team, the audit plan and the audit report of this year.</source>
        <translation>Có quyết định thành lập Đoàn đánh giá, kế hoạch đánh giá và báo cáo kết quả đánh giá nội bộ của năm.</translation>
    </message>
    <message>
        <source>Hold the management review</source>
        <translation>Họp xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Minutes or report of this year&apos;s management review meeting.</source>
        <translation>Có biên bản hoặc báo cáo cuộc họp xem xét của lãnh đạo trong năm.</translation>
    </message>
    <message>
        <source>Send the annual report before the deadline</source>
        <extracomment>The navigation key of the &quot;Báo cáo năm&quot; screen.</extracomment>
        <translation>Gửi báo cáo năm đúng hạn</translation>
    </message>
    <message>
        <source>The issued annual report to the Department of Science and Technology.</source>
        <translation>Có báo cáo năm đã ban hành gửi Sở Khoa học và Công nghệ.</translation>
    </message>
    <message>
        <source>Review documents and administrative procedures</source>
        <extracomment>Figures of documents in force per kind: (figure name, kind, unit, label).</extracomment>
        <translation>Rà soát tài liệu và thủ tục hành chính</translation>
    </message>
    <message>
        <source>Every document in force reviewed this period (no change, or revised), or not due for review before the period ends.</source>
        <translation>Mọi tài liệu đang hiệu lực đã được rà soát trong kỳ (giữ nguyên hoặc đã sửa đổi), hoặc chưa đến hạn rà soát trước khi kết thúc kỳ.</translation>
    </message>
    <message>
        <source>This year&apos;s register of risks and opportunities reviewed (no entry left to review) with an action for every risk.</source>
        <translation>Bảng rủi ro và cơ hội năm nay đã được rà soát (không còn mục chờ rà soát lại) và mọi rủi ro đều có hành động giải quyết.</translation>
    </message>
    <message>
        <source>Issue the quality policy, the quality objectives and their implementation plan</source>
        <translation>Ban hành chính sách, mục tiêu chất lượng và kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>A quality policy in force, this year&apos;s measurable objectives each with its plan, and the issued decision.</source>
        <translation>Chính sách chất lượng còn hiệu lực, các mục tiêu chất lượng năm nay đo lường được, mỗi mục tiêu có kế hoạch thực hiện, và quyết định ban hành đã ban hành.</translation>
    </message>
    <message>
        <source>A management-review meeting of this year held after the internal audit, with its minutes issued.</source>
        <translation>Cuộc họp xem xét của lãnh đạo trong năm, tổ chức sau đánh giá nội bộ, đã ban hành biên bản.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Sửa phòng ban</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Thêm phòng ban</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên phòng ban:</translation>
    </message>
    <message>
        <source>e.g. Phòng Kinh tế</source>
        <translation>VD: Phòng Kinh tế</translation>
    </message>
    <message>
        <source>Abbreviation:</source>
        <translation>Chữ viết tắt:</translation>
    </message>
    <message>
        <source>e.g. KT</source>
        <translation>VD: KT</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>In place from:</source>
        <translation>Hoạt động từ ngày:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Đến ngày:</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Thời gian hoạt động</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Không còn sử dụng</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <source>Distribute copies</source>
        <translation>Phân phối tài liệu</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Cá nhân:</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Tìm người…</translation>
    </message>
    <message>
        <source>Copies each:</source>
        <translation>Số bản mỗi nơi:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Ngày giao:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Distribute {code}</source>
        <translation>Phân phối {code}</translation>
    </message>
    <message>
        <source>{code} – {title} · revision {number}, in force from {date}</source>
        <translation>{code} – {title} · lần ban hành {number}, hiệu lực từ {date}</translation>
    </message>
    <message>
        <source>{name} (already has copies)</source>
        <translation>{name} (đã có bản)</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Phân phối</translation>
    </message>
    <message>
        <source>{count} recipient(s) chosen.</source>
        <translation>Đã chọn {count} nơi nhận.</translation>
    </message>
</context>
<context>
    <name>DistributionsTableModel</name>
    <message>
        <source>Revision</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>Department / person</source>
        <translation>Đơn vị/Người nhận</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký nhận</translation>
    </message>
    <message>
        <source>Recalled on</source>
        <translation>Ngày thu hồi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Old copy – to recall</source>
        <translation>Bản cũ – cần thu hồi</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đang giữ</translation>
    </message>
    <message>
        <source>Given, receipt not signed</source>
        <translation>Đã giao, chưa ký nhận</translation>
    </message>
</context>
<context>
    <name>DocumentLabels</name>
    <message>
        <source>Quality manual</source>
        <translation>Sổ tay chất lượng</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>System procedure</source>
        <translation>Quy trình hệ thống</translation>
    </message>
    <message>
        <source>Internal procedure</source>
        <translation>Quy trình nội bộ</translation>
    </message>
    <message>
        <source>TTHC procedure</source>
        <translation>Quy trình giải quyết TTHC</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>No longer in force</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>To be revised</source>
        <translation>Cần sửa đổi</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Paper and electronic</source>
        <translation>Giấy và điện tử</translation>
    </message>
    <message>
        <source>Word file</source>
        <translation>Tệp Word</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Bản scan đã ký</translation>
    </message>
    <message>
        <source>Signed distribution sheet</source>
        <translation>Phiếu phân phối đã ký</translation>
    </message>
    <message>
        <source>Control of documented information (7.5)</source>
        <translation>Kiểm soát thông tin dạng văn bản (7.5)</translation>
    </message>
    <message>
        <source>Internal audit (9.2)</source>
        <translation>Đánh giá nội bộ (9.2)</translation>
    </message>
    <message>
        <source>Nonconformity and corrective action (8.7, 10.2)</source>
        <translation>Kiểm soát sự không phù hợp và hành động khắc phục (8.7, 10.2)</translation>
    </message>
    <message>
        <source>Actions to address risks and opportunities (6.1)</source>
        <translation>Hành động giải quyết rủi ro và cơ hội (6.1)</translation>
    </message>
    <message>
        <source>Management review (9.3)</source>
        <translation>Xem xét của lãnh đạo (9.3)</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Vĩnh viễn</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} năm</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Issued QMS documents</source>
        <translation>Văn bản HTQLCL đã ban hành</translation>
    </message>
</context>
<context>
    <name>DraftBlock</name>
    <message>
        <source>Legal bases (one per line)</source>
        <translation>Căn cứ (mỗi dòng một căn cứ)</translation>
    </message>
    <message>
        <source>Opening paragraph</source>
        <translation>Đoạn mở đầu</translation>
    </message>
    <message>
        <source>Purpose and requirements</source>
        <translation>Mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Input of clause 9.3.2</source>
        <translation>Đầu vào xem xét (mục 9.3.2)</translation>
    </message>
    <message>
        <source>Conclusion of the chair</source>
        <translation>Kết luận của chủ trì</translation>
    </message>
    <message>
        <source>Opening sentence</source>
        <extracomment>Section keys of the page for the blocks outside the outline&apos;s tree. Text widths (mm) an appendix table is fitted to: landscape and portrait A4 within NĐ 30 margins.</extracomment>
        <translation>Câu mở đầu</translation>
    </message>
    <message>
        <source>Closing sentence</source>
        <translation>Câu kết thúc</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận, one per line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <extracomment>Phụ lục II columns: the 6.2.2 plan (DOMAIN.md §6.8), widths in mm for a landscape A4 page.</extracomment>
        <translation>Căn cứ ban hành</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Article 1</source>
        <translation>Điều 1</translation>
    </message>
    <message>
        <source>Article 2</source>
        <translation>Điều 2</translation>
    </message>
    <message>
        <source>Article 3</source>
        <translation>Điều 3</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Summary of results</source>
        <translation>Tóm tắt kết quả</translation>
    </message>
    <message>
        <source>Objectives not achieved and their causes</source>
        <translation>Mục tiêu không đạt và nguyên nhân</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hành động tiếp theo</translation>
    </message>
</context>
<context>
    <name>DraftedDocumentPage</name>
    <message>
        <source>Open in the register</source>
        <translation>Xem trong sổ văn bản</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save Word and PDF…</source>
        <translation>Lưu Word và PDF…</translation>
    </message>
    <message>
        <source>Drafted document</source>
        <translation>Văn bản soạn thảo</translation>
    </message>
    <message>
        <source>No reporting year yet. Add one under Settings → Reporting years.</source>
        <translation>Chưa có kỳ báo cáo. Hãy thêm kỳ báo cáo tại Cài đặt → Kỳ báo cáo.</translation>
    </message>
    <message>
        <source>(signs on behalf: KT.)</source>
        <translation>(ký thay: KT.)</translation>
    </message>
    <message>
        <source>No leader recorded (Settings → People)</source>
        <translation>Chưa có lãnh đạo (Cài đặt → Cán bộ)</translation>
    </message>
    <message>
        <source>Changes are saved as you type and kept for next year&apos;s document.</source>
        <translation>Nội dung được lưu tự động khi soạn và được giữ lại làm cơ sở cho văn bản năm sau.</translation>
    </message>
    <message>
        <source>{count} text(s) are the same as in the issued document of {year}, only the year changed. Review them so this year&apos;s document is not last year&apos;s with a new date.</source>
        <translation>{count} đoạn giống hệt văn bản đã ban hành năm {year}, chỉ khác năm. Hãy rà soát, cập nhật để văn bản năm nay không phải là văn bản năm trước thay ngày tháng.</translation>
    </message>
    <message>
        <source>Not in the register yet. Saving the Word and PDF files records the document in the register as a draft; the clerk gives it its number and date after signature.</source>
        <translation>Chưa có trong sổ văn bản. Khi lưu Word và PDF, văn bản được ghi vào sổ văn bản dưới dạng dự thảo; văn thư cấp số, ngày sau khi lãnh đạo ký.</translation>
    </message>
    <message>
        <source>Issued: {kind} số {number} dated {date}. Generated files carry this number and date.</source>
        <translation>Đã ban hành: {kind} số {number} ngày {date}. Bản Word và PDF được tạo mang số, ngày này.</translation>
    </message>
    <message>
        <source>In the register as a draft, not numbered yet ({number}). Once the clerk registers its number and date, save the files again: they will carry them.</source>
        <translation>Đã ghi vào sổ văn bản dưới dạng dự thảo, chưa cấp số ({number}). Sau khi văn thư cấp số, ngày ban hành, hãy lưu lại Word và PDF để văn bản mang số, ngày.</translation>
    </message>
    <message>
        <source>Files attached: {names}.</source>
        <translation>Tệp đính kèm: {names}.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Đang soạn…</translation>
    </message>
    <message>
        <source>The changes could not be saved: {reason}</source>
        <translation>Chưa lưu được nội dung: {reason}</translation>
    </message>
    <message>
        <source>Saved. Your texts are kept for this year and next year&apos;s document.</source>
        <translation>Đã lưu. Nội dung được giữ cho năm nay và làm cơ sở cho văn bản năm sau.</translation>
    </message>
    <message>
        <source>The signer could not be saved</source>
        <translation>Không lưu được người ký</translation>
    </message>
    <message>
        <source>This preview is not recorded anywhere. “Save Word and PDF…” saves the files and records the document in the register.</source>
        <translation>Bản xem trước không được lưu lại. Bấm “Lưu Word và PDF…” để lưu tệp và ghi văn bản vào sổ văn bản.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang tạo văn bản…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Không tạo được văn bản</translation>
    </message>
    <message>
        <source>Folder for the Word and PDF files</source>
        <translation>Thư mục lưu tệp Word và PDF</translation>
    </message>
    <message>
        <source>Saving the Word and PDF files…</source>
        <translation>Đang lưu tệp Word và PDF…</translation>
    </message>
    <message>
        <source>Saved {docx} and {pdf}.</source>
        <translation>Đã lưu {docx} và {pdf}.</translation>
    </message>
    <message>
        <source>Word and PDF files saved</source>
        <translation>Đã lưu tệp Word và PDF</translation>
    </message>
    <message>
        <source>The document was saved as
{docx}
{pdf}
and recorded in the register.</source>
        <translation>Văn bản đã được lưu thành
{docx}
{pdf}
và được ghi vào sổ văn bản.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <extracomment>Sections of the decision&apos;s page, in document order (titles: context &quot;DraftedDocumentPage&quot;).</extracomment>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Quality policy (Phụ lục I)</source>
        <translation>Chính sách chất lượng (Phụ lục I)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Các điều</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>EffectivenessDialog</name>
    <message>
        <source>Effectiveness check of form {number}</source>
        <translation>Kiểm tra hiệu lực phiếu {number}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>Effective: close the form</source>
        <translation>Đạt: đóng phiếu</translation>
    </message>
    <message>
        <source>Not effective: back with a new action</source>
        <translation>Không đạt: thực hiện lại với hành động mới</translation>
    </message>
    <message>
        <source>Effectiveness check</source>
        <translation>Kiểm tra, xác nhận hiệu lực</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Người kiểm tra:</translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation>Ngày kiểm tra:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Nhận xét:</translation>
    </message>
    <message>
        <source>New corrective action:</source>
        <translation>Hành động khắc phục mới:</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>Thời hạn mới:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field}: “{value}” is not a valid code; use letters, digits and . - / only (e.g. QT.01).</source>
        <translation>{field}: “{value}” không phải là mã số hợp lệ; chỉ dùng chữ, số và các dấu . - / (ví dụ QT.01).</translation>
    </message>
    <message>
        <source>{field}: must be between {min} and {max}.</source>
        <translation>{field}: phải trong khoảng từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>{field}: only a system procedure can be one of the mandatory procedures.</source>
        <translation>{field}: chỉ quy trình hệ thống mới có thể là một trong các quy trình bắt buộc.</translation>
    </message>
    <message>
        <source>{field}: line {line} of the change log has no content.</source>
        <translation>{field}: dòng {line} chưa ghi nội dung thay đổi.</translation>
    </message>
    <message>
        <source>{field}: a revision in force needs its effective date.</source>
        <translation>{field}: lần ban hành có hiệu lực phải có ngày hiệu lực.</translation>
    </message>
    <message>
        <source>{field}: a revision in force needs the decision that issued it.</source>
        <translation>{field}: lần ban hành có hiệu lực phải có quyết định ban hành.</translation>
    </message>
    <message>
        <source>{field}: this decision is still a draft in the register; give it its number and date first.</source>
        <translation>{field}: quyết định này còn là dự thảo trong sổ văn bản; hãy cấp số và ngày ban hành trước.</translation>
    </message>
    <message>
        <source>{field}: a revision in force needs the person who approved it.</source>
        <translation>{field}: lần ban hành có hiệu lực phải có người phê duyệt.</translation>
    </message>
    <message>
        <source>{field}: cannot be before the date of the decision ({decision_date}).</source>
        <translation>{field}: không được trước ngày ban hành quyết định ({decision_date}).</translation>
    </message>
    <message>
        <source>{field}: cannot be before the previous revision took effect ({previous}).</source>
        <translation>{field}: không được trước ngày hiệu lực của lần ban hành trước ({previous}).</translation>
    </message>
    <message>
        <source>Choose a department or a person to give the copies to.</source>
        <translation>Hãy chọn đơn vị hoặc cá nhân nhận tài liệu.</translation>
    </message>
    <message>
        <source>{field}: copies cannot be given before the revision takes effect ({effective_date}).</source>
        <translation>{field}: không thể phân phối trước ngày lần ban hành có hiệu lực ({effective_date}).</translation>
    </message>
    <message>
        <source>{field}: the receipt cannot be before the copies were given ({given_on}).</source>
        <translation>{field}: ngày nhận không được trước ngày giao tài liệu ({given_on}).</translation>
    </message>
    <message>
        <source>{field}: copies cannot be recalled before they were given ({given_on}).</source>
        <translation>{field}: không thể thu hồi trước ngày giao tài liệu ({given_on}).</translation>
    </message>
    <message>
        <source>{field}: the review cannot be before the revision in force took effect ({effective_date}).</source>
        <translation>{field}: ngày rà soát không được trước ngày hiệu lực của lần ban hành đang áp dụng ({effective_date}).</translation>
    </message>
    <message>
        <source>{field}: the document cannot go out of force before it took effect ({effective_date}).</source>
        <translation>{field}: tài liệu không thể hết hiệu lực trước ngày có hiệu lực ({effective_date}).</translation>
    </message>
    <message>
        <source>{field}: the last year cannot be before the first year.</source>
        <translation>{field}: năm cuối không được trước năm đầu.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is neither a department nor a person of the agency.</source>
        <translation>{field}: “{value}” không phải là đơn vị hay cán bộ nào của cơ quan.</translation>
    </message>
    <message>
        <source>{field}: the department “{value}” is not in the list of departments.</source>
        <translation>{field}: phòng ban “{value}” không có trong danh sách phòng ban.</translation>
    </message>
    <message>
        <source>The document is in use or cited and cannot be deleted; it can be made no longer in force (Withdraw) instead.</source>
        <translation>Tài liệu đang được sử dụng/được trích dẫn, không thể xóa; có thể chuyển sang Hết hiệu lực.</translation>
    </message>
    <message>
        <source>{document_code} is no longer in force; it cannot get a new revision.</source>
        <translation>{document_code} đã hết hiệu lực; không thể ban hành lần mới.</translation>
    </message>
    <message>
        <source>{document_code} already has a draft revision; edit or issue that one first.</source>
        <translation>{document_code} đang có dự thảo lần ban hành mới; hãy sửa hoặc ban hành dự thảo đó trước.</translation>
    </message>
    <message>
        <source>{document_code} has no revision in force.</source>
        <translation>{document_code} chưa có lần ban hành nào đang hiệu lực.</translation>
    </message>
    <message>
        <source>Revision {number} is not in force; only the revision in force is distributed.</source>
        <translation>Lần ban hành {number} không có hiệu lực; chỉ phân phối lần ban hành đang hiệu lực.</translation>
    </message>
    <message>
        <source>These copies were already recalled on {recalled_on}.</source>
        <translation>Tài liệu này đã được thu hồi ngày {recalled_on}.</translation>
    </message>
    <message>
        <source>Revision {number} is no longer in force; it is kept as a record and cannot be changed.</source>
        <translation>Lần ban hành {number} đã hết hiệu lực; được lưu làm hồ sơ và không thể sửa.</translation>
    </message>
    <message>
        <source>A revision cannot go from “{from_status}” back to “{to_status}”; open a new revision instead.</source>
        <translation>Không thể chuyển lần ban hành từ “{from_status}” về “{to_status}”; hãy ban hành lần mới.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written. If it is open in Excel or Word, close it; otherwise choose another folder.</source>
        <translation>Không ghi được tệp {path}. Nếu tệp đang mở trong Excel hoặc Word, hãy đóng lại; nếu không, hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>{field}: a text cannot come into force before the day it was issued.</source>
        <translation>{field}: văn bản không thể có hiệu lực trước ngày ban hành.</translation>
    </message>
    <message>
        <source>{field}: say since when the status applies.</source>
        <translation>{field}: hãy ghi tình trạng này áp dụng từ ngày nào.</translation>
    </message>
    <message>
        <source>{field}: the date is before the text was issued.</source>
        <translation>{field}: ngày này trước ngày ban hành văn bản.</translation>
    </message>
    <message>
        <source>A text still in force is not replaced by another one.</source>
        <translation>Văn bản còn hiệu lực thì không có văn bản thay thế.</translation>
    </message>
    <message>
        <source>An expired text has no replacing text; choose “Replaced” if another text replaces it.</source>
        <translation>Văn bản hết hiệu lực không có văn bản thay thế; nếu có văn bản khác thay thế, hãy chọn “Bị thay thế”.</translation>
    </message>
    <message>
        <source>{field}: a text cannot replace or amend itself.</source>
        <translation>{field}: văn bản không thể tự thay thế hoặc sửa đổi chính nó.</translation>
    </message>
    <message>
        <source>{field}: the chosen text is itself replaced or amended by this one; check the two texts.</source>
        <translation>{field}: văn bản được chọn lại đang bị chính văn bản này thay thế hoặc sửa đổi; hãy kiểm tra lại hai văn bản.</translation>
    </message>
    <message>
        <source>Row {row} clashes with a record saved meanwhile. Nothing was imported; please try again.</source>
        <translation>Dòng {row} trùng với dữ liệu vừa được lưu. Chưa nhập dòng nào; vui lòng thử lại.</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: không được để trống.</translation>
    </message>
    <message>
        <source>{field}: “{value}” already exists.</source>
        <translation>{field}: “{value}” đã có.</translation>
    </message>
    <message>
        <source>{field}: “{value}” must be a short abbreviation without spaces or “/” (e.g. UBND).</source>
        <translation>{field}: “{value}” phải là chữ viết tắt ngắn, không có dấu cách hoặc “/” (ví dụ UBND).</translation>
    </message>
    <message>
        <source>{field}: not a valid e-mail address.</source>
        <translation>{field}: địa chỉ thư điện tử không hợp lệ.</translation>
    </message>
    <message>
        <source>{field}: an internal auditor needs the training certificate recorded.</source>
        <translation>{field}: chuyên gia đánh giá nội bộ cần ghi chứng chỉ đào tạo.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a plausible year.</source>
        <translation>{field}: {value} không phải là năm hợp lệ.</translation>
    </message>
    <message>
        <source>{field}: the period must end after it starts.</source>
        <translation>{field}: ngày kết thúc kỳ phải sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>{field}: a reporting period cannot be longer than about a year.</source>
        <translation>{field}: một kỳ báo cáo không thể dài quá khoảng một năm.</translation>
    </message>
    <message>
        <source>{field}: the period overlaps the reporting period of {year}.</source>
        <translation>{field}: kỳ này trùng với kỳ báo cáo năm {year}.</translation>
    </message>
    <message>
        <source>{field}: the deadline cannot be before the period starts.</source>
        <translation>{field}: hạn nộp không thể trước ngày bắt đầu kỳ.</translation>
    </message>
    <message>
        <source>{field}: the number must be between 1 and 99999.</source>
        <translation>{field}: số phải từ 1 đến 99999.</translation>
    </message>
    <message>
        <source>{field}: number {number} of {year} is already used by {reference}.</source>
        <translation>{field}: số {number} năm {year} đã được dùng cho văn bản {reference}.</translation>
    </message>
    <message>
        <source>{field}: numbers follow the order of the dates (Decree 30/2020, Article 15), but number {number} dated {date} does not fit beside {reference}. The number that fits this date is {proposal}. Nothing was saved.</source>
        <translation>{field}: số văn bản phải theo thứ tự ngày ban hành (Điều 15 Nghị định số 30/2020/NĐ-CP), số {number} ngày {date} không phù hợp với văn bản {reference}. Số phù hợp với ngày này là {proposal}. Chưa có thay đổi nào được lưu.</translation>
    </message>
    <message>
        <source>{field}: numbers follow the order of the dates (Decree 30/2020, Article 15), but number {number} dated {date} does not fit beside {reference}, and no number is free for this date (the documents dated before and after it have consecutive numbers). Check the date of issue. Nothing was saved.</source>
        <translation>{field}: số văn bản phải theo thứ tự ngày ban hành (Điều 15 Nghị định số 30/2020/NĐ-CP), số {number} ngày {date} không phù hợp với văn bản {reference} và không còn số trống cho ngày này (các văn bản ban hành trước và sau ngày này mang số liền nhau). Hãy kiểm tra lại ngày ban hành. Chưa có thay đổi nào được lưu.</translation>
    </message>
    <message>
        <source>{field}: an issued document needs its number.</source>
        <translation>{field}: văn bản đã ban hành phải có số.</translation>
    </message>
    <message>
        <source>The document could not be laid out ({code}): a fault in isodesk, not in your data. Nothing was written; please report it to whoever supports isodesk.</source>
        <translation>Không dàn trang được văn bản ({code}): đây là lỗi của phần mềm isodesk, không phải lỗi dữ liệu. Không có tệp nào được ghi; hãy báo cho người hỗ trợ kỹ thuật isodesk.</translation>
    </message>
    <message>
        <source>{field}: an issued document needs its date.</source>
        <translation>{field}: văn bản đã ban hành phải có ngày ban hành.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been changed elsewhere. Please reload.</source>
        <translation>Bản ghi không còn tồn tại; có thể đã được thay đổi ở nơi khác. Vui lòng tải lại.</translation>
    </message>
    <message>
        <source>There is already an agency version starting on {date}.</source>
        <translation>Đã có thông tin cơ quan áp dụng từ ngày {date}.</translation>
    </message>
    <message>
        <source>This document is cited by other records and cannot be deleted.</source>
        <translation>Văn bản này đang được các bản ghi khác dẫn chiếu nên không thể xóa.</translation>
    </message>
    <message>
        <source>{reference} has been issued; an issued document cannot be deleted.</source>
        <translation>Văn bản {reference} đã ban hành; không thể xóa văn bản đã ban hành.</translation>
    </message>
    <message>
        <source>The file {path} cannot be found.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <source>The file {path} changed while it was being copied. Please try again.</source>
        <translation>Tệp {path} bị thay đổi trong khi đang sao chép. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing from the data folder.</source>
        <translation>Bản lưu của tệp “{name}” không còn trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The record cannot be restored because another record now takes its place.</source>
        <translation>Không thể khôi phục vì đã có bản ghi khác thay thế vị trí của bản ghi này.</translation>
    </message>
    <message>
        <source>Only deleted records can be restored.</source>
        <translation>Chỉ khôi phục được các bản ghi đã bị xóa.</translation>
    </message>
    <message>
        <source>Some information is missing or wrong. Nothing was saved.</source>
        <translation>Một số thông tin còn thiếu hoặc chưa đúng. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>The drive holding {path} is full. Nothing was written; free some space or choose another drive.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Chưa ghi gì; hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to (read-only or no permission). Nothing was written; choose another folder.</source>
        <translation>Không ghi được vào thư mục {path} (chỉ đọc hoặc không có quyền). Chưa ghi gì; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The folder {path} is no longer available (a removed USB drive?). Nothing was written; plug the drive in again or choose another folder.</source>
        <translation>Thư mục {path} không còn truy cập được (USB đã bị rút ra?). Chưa ghi gì; hãy cắm lại ổ đĩa hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>{count} blocking problem(s) of the readiness list are neither fixed nor confirmed. Nothing was written; fix them, or confirm each one explicitly.</source>
        <translation>Còn {count} lỗi chặn trong danh sách kiểm tra trước khi xuất chưa được sửa hoặc xác nhận. Không có gì được ghi; hãy sửa, hoặc xác nhận rõ từng lỗi.</translation>
    </message>
    <message>
        <source>The annual report of {year} has not been drafted yet, so the package cannot be made. Nothing was written.</source>
        <translation>Báo cáo năm {year} chưa được soạn nên chưa lập được gói báo cáo. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>The export of the package was cancelled. Nothing was left on the drive.</source>
        <translation>Đã hủy việc xuất gói báo cáo. Không có gì được để lại trên ổ đĩa.</translation>
    </message>
    <message>
        <source>The package did not read back correctly from the drive ({files}), so it was removed. Nothing was left under the package&apos;s name; try again or choose another drive.</source>
        <translation>Gói báo cáo đọc lại từ ổ đĩa không khớp ({files}) nên đã bị xóa. Không có gì được để lại dưới tên gói; hãy thử lại hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>{field}: at most {max_length} characters are allowed. Nothing was saved.</source>
        <translation>{field}: chỉ được tối đa {max_length} ký tự. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: the audit must end on or after the day it starts.</source>
        <translation>{field}: ngày kết thúc đánh giá không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>{field}: an audit round cannot last more than 60 days.</source>
        <translation>{field}: một đợt đánh giá không kéo dài quá 60 ngày.</translation>
    </message>
    <message>
        <source>{field}: the audit must fall inside the reporting period of {year} ({start}–{end}).</source>
        <translation>{field}: đợt đánh giá phải nằm trong kỳ báo cáo năm {year} ({start}–{end}).</translation>
    </message>
    <message>
        <source>{field}: the audit must end before the management review of {date}.</source>
        <translation>{field}: đợt đánh giá phải kết thúc trước cuộc họp xem xét của lãnh đạo ngày {date}.</translation>
    </message>
    <message>
        <source>{field}: choose at least one department to audit.</source>
        <translation>{field}: chọn ít nhất một đơn vị/bộ phận được đánh giá.</translation>
    </message>
    <message>
        <source>{field}: choose at least one clause of TCVN ISO 9001:2015 to audit.</source>
        <translation>{field}: chọn ít nhất một điều khoản TCVN ISO 9001:2015 để đánh giá.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a clause of TCVN ISO 9001:2015.</source>
        <translation>{field}: “{value}” không phải là điều khoản của TCVN ISO 9001:2015.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a person of the agency (Settings → People).</source>
        <translation>{field}: “{value}” không có trong danh sách cán bộ của cơ quan (Cài đặt → Cán bộ).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is already recorded for this department and clause in the round.</source>
        <translation>{field}: “{value}” đã được ghi cho đơn vị và điều khoản này trong đợt đánh giá.</translation>
    </message>
    <message>
        <source>{field}: choose the head of the audit team.</source>
        <translation>{field}: chọn Trưởng đoàn đánh giá.</translation>
    </message>
    <message>
        <source>{field}: {name} has no internal-auditor certificate recorded in the people register.</source>
        <translation>{field}: {name} chưa có chứng chỉ đánh giá viên nội bộ trong danh sách cán bộ.</translation>
    </message>
    <message>
        <source>The slot must end after it starts.</source>
        <translation>Giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>The day is outside the audit dates ({start}–{end}).</source>
        <translation>Ngày nằm ngoài thời gian của đợt đánh giá ({start}–{end}).</translation>
    </message>
    <message>
        <source>Choose the department audited.</source>
        <translation>Chọn đơn vị/bộ phận được đánh giá.</translation>
    </message>
    <message>
        <source>Choose who audits.</source>
        <translation>Chọn người đánh giá.</translation>
    </message>
    <message>
        <source>{name} is not a member of the audit team.</source>
        <translation>{name} không phải là thành viên Đoàn đánh giá.</translation>
    </message>
    <message>
        <source>{name} works in {department} and cannot audit their own department (impartiality, clause 9.2.2 c).</source>
        <translation>{name} thuộc {department}, không được đánh giá chính đơn vị mình (bảo đảm khách quan, điều khoản 9.2.2 c).</translation>
    </message>
    <message>
        <source>{name} is already auditing at the same time in row {other_row}; nobody can be in two places at once.</source>
        <translation>{name} đã được phân công đánh giá cùng thời gian ở dòng {other_row}; một người không thể ở hai nơi cùng lúc.</translation>
    </message>
    <message>
        <source>{department} is in the scope but not in the programme.</source>
        <translation>{department} thuộc phạm vi đánh giá nhưng chưa có trong chương trình.</translation>
    </message>
    <message>
        <source>Clauses in the scope not audited anywhere in the programme: {value}.</source>
        <translation>Các điều khoản thuộc phạm vi nhưng chưa được đánh giá ở đâu trong chương trình: {value}.</translation>
    </message>
    <message>
        <source>{field}: this department is not in the scope of the audit round.</source>
        <translation>{field}: đơn vị này không thuộc phạm vi của đợt đánh giá.</translation>
    </message>
    <message>
        <source>{field}: a finding must be dated within the audit ({start}–{end}).</source>
        <translation>{field}: phát hiện phải có ngày trong thời gian đánh giá ({start}–{end}).</translation>
    </message>
    <message>
        <source>{field}: the deadline cannot be before the nonconformity was found ({date}).</source>
        <translation>{field}: thời hạn không được trước ngày phát hiện sự không phù hợp ({date}).</translation>
    </message>
    <message>
        <source>{field}: the action cannot be done before the nonconformity was found ({date}).</source>
        <translation>{field}: ngày thực hiện không được trước ngày phát hiện ({date}).</translation>
    </message>
    <message>
        <source>{field}: effectiveness cannot be checked before the action was done ({date}).</source>
        <translation>{field}: không thể kiểm tra hiệu lực trước ngày thực hiện xong hành động ({date}).</translation>
    </message>
    <message>
        <source>{field}: state the cause before going on.</source>
        <translation>{field}: cần xác định nguyên nhân trước khi chuyển bước.</translation>
    </message>
    <message>
        <source>{field}: state the corrective action.</source>
        <translation>{field}: cần ghi hành động khắc phục.</translation>
    </message>
    <message>
        <source>{field}: choose who carries out the action.</source>
        <translation>{field}: chọn người thực hiện.</translation>
    </message>
    <message>
        <source>{field}: give the deadline of the action.</source>
        <translation>{field}: cần ghi thời hạn hoàn thành.</translation>
    </message>
    <message>
        <source>{field}: record the result of the action before the effectiveness check.</source>
        <translation>{field}: cần ghi kết quả thực hiện trước khi kiểm tra hiệu lực.</translation>
    </message>
    <message>
        <source>The form cannot be closed without an effectiveness check marked “effective”. Nothing was changed.</source>
        <translation>Không thể đóng phiếu khi chưa kiểm tra hiệu lực với kết quả “Đạt”. Chưa có thay đổi nào được lưu.</translation>
    </message>
    <message>
        <source>{field}: the effectiveness check must be done by someone other than the person who carried out the action.</source>
        <translation>{field}: việc kiểm tra hiệu lực phải do người khác với người thực hiện hành động khắc phục.</translation>
    </message>
    <message>
        <source>{field}: the check was not effective: state the new corrective action.</source>
        <translation>{field}: kiểm tra không đạt: cần ghi hành động khắc phục mới.</translation>
    </message>
    <message>
        <source>{field}: the new deadline cannot be before the check ({date}).</source>
        <translation>{field}: thời hạn mới không được trước ngày kiểm tra ({date}).</translation>
    </message>
    <message>
        <source>Form {number} is closed; it cannot change any more.</source>
        <translation>Phiếu {number} đã đóng, không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>Form {number} is not waiting for its effectiveness check.</source>
        <translation>Phiếu {number} chưa ở bước chờ kiểm tra hiệu lực.</translation>
    </message>
    <message>
        <source>This finding already has corrective action form {number}.</source>
        <translation>Phát hiện này đã có phiếu yêu cầu hành động khắc phục số {number}.</translation>
    </message>
    <message>
        <source>An observation does not need a corrective action form; only a nonconformity does.</source>
        <translation>Điểm lưu ý không cần phiếu yêu cầu hành động khắc phục; chỉ điểm không phù hợp mới cần.</translation>
    </message>
    <message>
        <source>This audit round has findings and cannot be deleted.</source>
        <translation>Đợt đánh giá đã có phát hiện, không thể xóa.</translation>
    </message>
    <message>
        <source>“{value}” is not a time span; type it as 08:00-11:30.</source>
        <translation>“{value}” không phải là khoảng thời gian; hãy gõ dạng 08:00-11:30.</translation>
    </message>
    <message>
        <source>There is no internal audit round in {year} yet: create the round (dates, scope, team) under Internal audit first.</source>
        <translation>Năm {year} chưa có đợt đánh giá nội bộ: hãy tạo đợt đánh giá (thời gian, phạm vi, Đoàn đánh giá) tại mục Đánh giá nội bộ trước.</translation>
    </message>
    <message>
        <source>Form {number} is under way; it is a record and cannot be deleted.</source>
        <translation>Phiếu {number} đang được xử lý, là hồ sơ nên không thể xóa.</translation>
    </message>
    <message>
        <source>Select at least one corrective action form to print.</source>
        <translation>Hãy chọn ít nhất một phiếu yêu cầu hành động khắc phục để in.</translation>
    </message>
    <message>
        <source>There is no corrective action form in {year}.</source>
        <translation>Năm {year} chưa có phiếu yêu cầu hành động khắc phục nào.</translation>
    </message>
    <message>
        <source>{field}: the register already has this nonconformity of the same department and day (“{value}”).</source>
        <translation>{field}: sổ theo dõi đã có điểm không phù hợp này của cùng đơn vị, cùng ngày (“{value}”).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a form number; write it as 03/2025 or leave it blank to number it on import.</source>
        <translation>{field}: “{value}” không phải số phiếu; ghi dạng 03/2025 hoặc để trống để isodesk tự đánh số khi nhập.</translation>
    </message>
    <message>
        <source>{field}: form {value} is not of {year}, the reporting year of its date; correct the number or the date, or leave the number blank.</source>
        <translation>{field}: phiếu {value} không thuộc năm {year} (năm báo cáo của ngày lập phiếu); hãy sửa số phiếu hoặc ngày, hoặc để trống số phiếu.</translation>
    </message>
    <message>
        <source>The audit round has no department in its scope: there is no checklist to print.</source>
        <translation>Đợt đánh giá chưa có phòng, bộ phận nào trong phạm vi: không có phiếu ghi chép để in.</translation>
    </message>
    <message>
        <source>This Excel file holds more than {limit} MB of data once unpacked, far more than any register; it was not read and nothing was imported. Check that it is the right file, or copy only the register&apos;s rows into a new workbook.</source>
        <translation>Tệp Excel này khi giải nén chứa hơn {limit} MB dữ liệu, vượt xa mọi danh mục; tệp không được đọc và không có gì được nhập. Hãy kiểm tra đúng tệp chưa, hoặc chỉ sao chép các dòng của danh mục sang một tệp Excel mới.</translation>
    </message>
    <message>
        <source>A row of this Excel file holds more than {limit} cells, more than Excel itself allows; the file was not read and nothing was imported. Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>Một dòng của tệp Excel này có hơn {limit} ô, nhiều hơn mức Excel cho phép; tệp không được đọc và không có gì được nhập. Hãy mở tệp bằng Excel và lưu lại, hoặc xin một bản mới.</translation>
    </message>
    <message>
        <source>A cell of this Excel file holds more than {limit} characters, more than Excel itself allows; the file was not read and nothing was imported. Shorten that cell or ask for a new copy.</source>
        <translation>Một ô của tệp Excel này có hơn {limit} ký tự, nhiều hơn mức Excel cho phép; tệp không được đọc và không có gì được nhập. Hãy rút gọn ô đó hoặc xin một bản mới.</translation>
    </message>
    <message>
        <source>The required column “{column}” is not chosen: pick the column of the file that holds it.</source>
        <translation>Chưa chọn cột bắt buộc “{column}”: hãy chọn cột tương ứng của tệp.</translation>
    </message>
    <message>
        <source>The file&apos;s column “{source}” is chosen twice (again for “{column}”); each column of the file can feed only one column.</source>
        <translation>Cột “{source}” của tệp bị chọn hai lần (lần nữa cho “{column}”); mỗi cột của tệp chỉ ứng với một cột của danh mục.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has the headings but no data rows below them.</source>
        <translation>Trang tính “{sheet}” có tiêu đề cột nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” already appears in row {first_row} of the file.</source>
        <translation>“{value}” ở cột “{column}” đã có ở dòng {first_row} của tệp.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” is not one of the accepted values: {choices}.</source>
        <translation>“{value}” ở cột “{column}” không thuộc các giá trị được chấp nhận: {choices}.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be used. It has not been changed.</source>
        <translation>Không dùng được tệp dữ liệu {path}. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The data file {path} is in use by another program (or another isodesk window). Nothing was changed. Close that program and try again.</source>
        <translation>Tệp dữ liệu {path} đang được một chương trình khác (hoặc một cửa sổ isodesk khác) sử dụng. Không có gì bị thay đổi. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The file {path} is not an isodesk data file (it belongs to another program). It has not been changed.</source>
        <translation>Tệp {path} không phải là tệp dữ liệu isodesk (đây là tệp của một chương trình khác). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged and cannot be read. It has not been changed. Restore it from a backup.</source>
        <translation>Tệp dữ liệu {path} bị hỏng, không đọc được. Tệp không bị thay đổi. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The data file {path} is read-only, so nothing can be saved in it. Nothing was changed. Remove the read-only attribute or copy the file to a folder you can write to.</source>
        <translation>Tệp dữ liệu {path} đang ở chế độ chỉ đọc nên không lưu được gì vào đó. Không có gì bị thay đổi. Hãy bỏ thuộc tính chỉ đọc của tệp hoặc chép tệp sang một thư mục ghi được.</translation>
    </message>
    <message>
        <source>The folder {path} holding the data file cannot be written to (a read-only drive, a CD or a write-protected USB stick?). isodesk needs to write there. Nothing was changed; copy the data file to a writable folder.</source>
        <translation>Không ghi được vào thư mục {path} chứa tệp dữ liệu (ổ đĩa chỉ đọc, đĩa CD hay USB đã khóa ghi?). isodesk cần ghi vào thư mục đó. Không có gì bị thay đổi; hãy chép tệp dữ liệu sang một thư mục ghi được.</translation>
    </message>
    <message>
        <source>A new data file cannot be created in the folder {path}: the folder cannot be written to. Nothing was created; choose another folder.</source>
        <translation>Không tạo được tệp dữ liệu mới trong thư mục {path} vì thư mục này không ghi được. Không có gì được tạo; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The drive holding {path} is full. The change was not saved and the data is unchanged; free some space and try again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Thay đổi chưa được lưu, dữ liệu không bị thay đổi; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>There is not enough free space in {path} for the backup copy taken before the data file is upgraded. Nothing was upgraded or changed; free some space and start isodesk again.</source>
        <translation>Thư mục {path} không đủ chỗ trống cho bản sao lưu cần tạo trước khi nâng cấp tệp dữ liệu. Không có gì được nâng cấp hay thay đổi; hãy giải phóng dung lượng rồi mở lại isodesk.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” was changed outside isodesk: its content no longer matches the file that was attached. It was not opened or copied. Attach the original file again to repair it.</source>
        <translation>Bản lưu của tệp “{name}” đã bị thay đổi bên ngoài isodesk: nội dung không còn khớp với tệp đã đính kèm. Tệp không được mở hay sao chép. Hãy đính kèm lại tệp gốc để sửa.</translation>
    </message>
    <message>
        <source>{field}: the date {value} is not plausible; dates must lie between {min} and {max}.</source>
        <translation>{field}: ngày {value} không hợp lý; ngày phải nằm trong khoảng từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>{field}: contains a broken character (often left by copying and pasting) that cannot be stored. Retype the text.</source>
        <translation>{field}: có ký tự lỗi (thường do sao chép, dán) không lưu được. Hãy gõ lại đoạn văn bản này.</translation>
    </message>
    <message>
        <source>isodesk could not back up the data first ({detail}), so nothing was changed. Check the free space on the disk, then try again.</source>
        <translation>isodesk không sao lưu được dữ liệu trước ({detail}) nên chưa thay đổi gì. Hãy kiểm tra dung lượng trống của ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The backup {path} no longer exists (moved, deleted, or the USB stick was removed). Nothing was restored or changed.</source>
        <translation>Bản sao lưu {path} không còn nữa (đã bị chuyển, bị xóa, hoặc USB đã bị rút ra). Không có gì được khôi phục hay bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged (it does not pass the integrity check), so it cannot be restored. Nothing was changed; choose another backup.</source>
        <translation>Bản sao lưu {path} bị hỏng (không qua được kiểm tra toàn vẹn) nên không khôi phục được. Không có gì bị thay đổi; hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>The file {path} is not an isodesk backup (it belongs to another program), so it cannot be restored. Nothing was changed.</source>
        <translation>Tệp {path} không phải bản sao lưu isodesk (đây là tệp của một chương trình khác) nên không khôi phục được. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of isodesk ({revision}). Nothing was changed; install the newer isodesk to restore it.</source>
        <translation>Bản sao lưu {path} do phiên bản isodesk mới hơn tạo ra ({revision}). Không có gì bị thay đổi; hãy cài phiên bản isodesk mới hơn để khôi phục.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({detail}). The data file was not changed; the backup of the current data taken just before is kept.</source>
        <translation>Không khôi phục được bản sao lưu ({detail}). Tệp dữ liệu không bị thay đổi; bản sao lưu dữ liệu hiện tại vừa tạo trước đó vẫn được giữ.</translation>
    </message>
    <message>
        <source>The folder {path} cannot hold the second copy of the backups (it does not exist, or it is the data folder itself). Choose another folder, e.g. on a USB stick. Nothing was changed.</source>
        <translation>Không dùng được thư mục {path} để giữ bản sao lưu thứ hai (thư mục không tồn tại hoặc chính là thư mục dữ liệu). Hãy chọn thư mục khác, ví dụ trên USB. Chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>{field}: contains an invisible control character (often left by copying and pasting). Retype the text. Nothing was saved.</source>
        <translation>{field}: có ký tự điều khiển ẩn (thường do sao chép, dán). Hãy gõ lại nội dung. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The attached file&apos;s name “{name}” cannot be used as a file name in the chosen folder. Nothing was copied; rename the file and attach it again.</source>
        <translation>Tên tệp đính kèm “{name}” không dùng được làm tên tệp trong thư mục đã chọn. Chưa chép gì; hãy đổi tên tệp rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>The handover file {path} cannot be found (moved, deleted, or the USB stick was removed). Nothing was changed.</source>
        <translation>Không tìm thấy tệp bàn giao {path} (đã bị chuyển, xóa hoặc USB đã bị rút ra). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} is not an isodesk handover file. Nothing was changed.</source>
        <translation>Tệp {path} không phải tệp bàn giao của isodesk. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The handover file {path} is damaged or incomplete (perhaps it was not copied to the end). Nothing was changed; ask for the file again.</source>
        <translation>Tệp bàn giao {path} bị hỏng hoặc không đầy đủ (có thể chưa được sao chép hết). Không có gì bị thay đổi; hãy xin lại tệp.</translation>
    </message>
    <message>
        <source>The handover file holds an entry “{file}” that could write outside its folder or is a link. The file was refused and nothing was changed.</source>
        <translation>Tệp bàn giao chứa mục “{file}” có thể ghi ra ngoài thư mục của nó hoặc là một liên kết. Tệp bị từ chối, không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The handover file holds “{file}”, which is larger than a handover can be (a damaged or crafted file). The file was refused and nothing was changed.</source>
        <translation>Tệp bàn giao chứa “{file}” lớn bất thường so với một lần bàn giao (tệp hỏng hoặc bị làm giả). Tệp bị từ chối, không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The handover file lacks “{file}”, which its list of contents names. The file was refused and nothing was changed; ask for the file again.</source>
        <translation>Tệp bàn giao thiếu “{file}” dù bản kê có ghi. Tệp bị từ chối, không có gì bị thay đổi; hãy xin lại tệp.</translation>
    </message>
    <message>
        <source>The handover file holds “{file}”, which its list of contents does not name (it was changed after it was made). The file was refused and nothing was changed.</source>
        <translation>Tệp bàn giao chứa “{file}” không có trong bản kê (tệp đã bị thay đổi sau khi lập). Tệp bị từ chối, không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>“{file}” in the handover file is not what was handed over (its SHA-256 check differs): it was changed or damaged. The file was refused and nothing was changed.</source>
        <translation>“{file}” trong tệp bàn giao không đúng với bản đã bàn giao (mã kiểm tra SHA-256 khác): tệp đã bị sửa hoặc bị hỏng. Tệp bị từ chối, không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The stored file “{file}” changed while the handover file was written. Nothing was written; check the attached files (the “isodesk check” command), then try again.</source>
        <translation>Tệp lưu trữ “{file}” đã thay đổi trong lúc ghi tệp bàn giao. Không có gì được ghi; hãy kiểm tra các tệp đính kèm (lệnh “isodesk check”) rồi thử lại.</translation>
    </message>
    <message>
        <source>The handover was cancelled. Nothing was written.</source>
        <translation>Đã hủy bàn giao. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>{path} already exists and is never replaced. Nothing was written; choose another name or folder.</source>
        <translation>{path} đã có và không bao giờ bị ghi đè. Không có gì được ghi; hãy chọn tên hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>The handover file was made by a newer version of isodesk ({revision}). Nothing was changed; install the newer isodesk to receive it.</source>
        <translation>Tệp bàn giao được lập bằng phiên bản isodesk mới hơn ({revision}). Không có gì bị thay đổi; hãy cài isodesk mới hơn để nhận.</translation>
    </message>
    <message>
        <source>The data file {path} already holds data, so a handover is not received into it. Nothing was changed; receive it into a new data file.</source>
        <translation>Tệp dữ liệu {path} đã có dữ liệu nên không nhận bàn giao vào tệp này. Không có gì bị thay đổi; hãy nhận vào một tệp dữ liệu mới.</translation>
    </message>
    <message>
        <source>{field}: the person who receives must not be the person who hands over.</source>
        <translation>{field}: người nhận phải khác người bàn giao.</translation>
    </message>
    <message>
        <source>{field}: a level is given only to a risk; this entry is an opportunity only. Choose the kind “risk” or “risk and opportunity”, or clear the level. Nothing was saved.</source>
        <translation>{field}: chỉ rủi ro mới có mức độ; mục này chỉ là cơ hội. Hãy chọn loại “Rủi ro” hoặc “Rủi ro và cơ hội”, hoặc bỏ mức độ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: a risk needs its level (Low, High or Very high), chosen directly or from likelihood × impact. Nothing was saved.</source>
        <translation>{field}: rủi ro cần có mức độ (Thấp, Cao hoặc Rất cao), chọn trực tiếp hoặc tính từ khả năng xảy ra × mức độ ảnh hưởng. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: give both the likelihood and the impact to compute the level from the matrix. Nothing was saved.</source>
        <translation>{field}: cần nhập cả khả năng xảy ra và mức độ ảnh hưởng để tính mức độ rủi ro theo ma trận. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: say what the opportunity brings (the “Opportunity” column). Nothing was saved.</source>
        <translation>{field}: hãy ghi rõ cơ hội mang lại điều gì (cột “Cơ hội”). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: action {line} says nothing; describe what will be done. Nothing was saved.</source>
        <translation>{field}: hành động thứ {line} chưa có nội dung; hãy ghi rõ việc cần làm. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: the deadline of action {line} ({value}) is before the reporting year starts ({start}). Nothing was saved.</source>
        <translation>{field}: thời hạn của hành động thứ {line} ({value}) trước ngày bắt đầu kỳ báo cáo ({start}). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: action {line} is marked done; give the day it was done. Nothing was saved.</source>
        <translation>{field}: hành động thứ {line} đã hoàn thành; hãy nhập ngày hoàn thành. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The link to the nonconformity or audit finding that raised this entry is incomplete. Nothing was saved.</source>
        <translation>Liên kết tới điểm không phù hợp hoặc phát hiện đánh giá làm phát sinh mục này chưa đầy đủ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: the evaluation ({value}) cannot be before the reporting year starts ({start}). Nothing was saved.</source>
        <translation>{field}: ngày đánh giá ({value}) không thể trước ngày bắt đầu kỳ báo cáo ({start}). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The register of {year} has no entry to carry forward. Nothing was changed.</source>
        <translation>Bảng rủi ro và cơ hội năm {year} chưa có mục nào để chuyển sang năm mới. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Entries are carried forward to a later year only (from {from_year} to {to_year} is not). Nothing was changed.</source>
        <translation>Chỉ chuyển được sang năm sau (từ {from_year} sang {to_year} là không hợp lệ). Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Row {row}: more than one risk level is marked (Low, High, Very high); mark only one. Nothing was imported.</source>
        <translation>Dòng {row}: đánh dấu nhiều hơn một mức độ rủi ro (Thấp, Cao, Rất cao); chỉ đánh dấu một mức. Chưa nhập dòng nào.</translation>
    </message>
    <message>
        <source>{field}: a quality objective must be measurable: give the indicator with a comparator and a target number (e.g. “≥ 98 % hồ sơ TTHC giải quyết đúng hạn”). Objectives that are only qualitative are what inspectors most often criticise. Nothing was saved.</source>
        <translation>{field}: mục tiêu chất lượng phải đo lường được: nhập chỉ tiêu với phép so sánh và con số cụ thể (ví dụ “≥ 98 % hồ sơ TTHC giải quyết đúng hạn”). Mục tiêu chỉ mang tính định tính là điểm mà các đoàn kiểm tra nhận xét nhiều nhất. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>{field}: the target cannot be negative.</source>
        <translation>{field}: chỉ tiêu không được là số âm.</translation>
    </message>
    <message>
        <source>{field}: the measured value cannot be negative.</source>
        <translation>{field}: kết quả đo không được là số âm.</translation>
    </message>
    <message>
        <source>{field}: {value} % is more than 100 %.</source>
        <translation>{field}: {value} % lớn hơn 100 %.</translation>
    </message>
    <message>
        <source>{field}: a department-level objective needs its department.</source>
        <translation>{field}: mục tiêu cấp phòng phải chọn phòng, ban.</translation>
    </message>
    <message>
        <source>{field}: “{period}” is not a measuring period of this objective of {year} (its periods: {periods}). Nothing was saved.</source>
        <translation>{field}: “{period}” không phải kỳ đo của mục tiêu năm {year} này (các kỳ đo: {periods}). Chưa lưu gì.</translation>
    </message>
    <message>
        <source>{field}: the measuring date must be in {year} or early the next year.</source>
        <translation>{field}: ngày đo phải trong năm {year} hoặc đầu năm sau.</translation>
    </message>
    <message>
        <source>{field}: a quality policy already starts in {year}; edit that one instead.</source>
        <translation>{field}: đã có chính sách chất lượng áp dụng từ năm {year}; hãy sửa chính sách đó.</translation>
    </message>
    <message>
        <source>{field}: this objective already has results for {year}; its year cannot change.</source>
        <translation>{field}: mục tiêu này đã có kết quả của năm {year}, không thể đổi năm.</translation>
    </message>
    <message>
        <source>{field}: results are recorded for {periods}, which are not periods of the new frequency; delete them first.</source>
        <translation>{field}: đã có kết quả cho kỳ {periods}, không thuộc tần suất đo mới; hãy xóa các kết quả đó trước.</translation>
    </message>
    <message>
        <source>{year} already has quality objectives; nothing was copied.</source>
        <translation>Năm {year} đã có mục tiêu chất lượng; chưa sao chép gì.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number; type it like 98 or 98,5.</source>
        <translation>{field}: “{value}” không phải là số; hãy nhập dạng 98 hoặc 98,5.</translation>
    </message>
    <message>
        <source>{year} has no quality objectives to copy; nothing was copied.</source>
        <translation>Năm {year} không có mục tiêu chất lượng để sao chép; chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The counts do not add up: {message}.</source>
        <translation>Số liệu không khớp: {message}.</translation>
    </message>
    <message>
        <source>{field}: a count cannot be negative ({value}).</source>
        <translation>{field}: số lượng không được âm ({value}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a period (year, quarter or month).</source>
        <translation>{field}: “{value}” không phải là kỳ báo cáo (năm, quý hoặc tháng).</translation>
    </message>
    <message>
        <source>{field}: there is no district level in {period} (districts were abolished on 1/7/2025).</source>
        <translation>{field}: không còn cấp huyện trong {period} (cấp huyện kết thúc hoạt động từ ngày 01/7/2025).</translation>
    </message>
    <message>
        <source>{field}: say how the comment was handled before marking it handled.</source>
        <translation>{field}: ghi rõ cách xử lý trước khi đánh dấu ý kiến đã được xử lý.</translation>
    </message>
    <message>
        <source>{field}: the chair and the secretary of the meeting must be two different people. Nothing was saved.</source>
        <translation>{field}: người chủ trì và thư ký cuộc họp phải là hai người khác nhau. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: the meeting ends ({end}) before it starts ({start}). Nothing was saved.</source>
        <translation>{field}: giờ kết thúc ({end}) sớm hơn giờ bắt đầu ({start}) cuộc họp. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field}: the deadline {deadline} is before the meeting of {meeting}. Nothing was saved.</source>
        <translation>{field}: thời hạn {deadline} trước ngày họp {meeting}. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{year} has no management-review meeting yet: add the meeting first, then draft its minutes. Nothing was changed.</source>
        <translation>Năm {year} chưa có cuộc họp xem xét của lãnh đạo: hãy thêm cuộc họp trước, sau đó soạn biên bản. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>{field}: the action cannot be completed on {closed}, before the meeting of {meeting}. Nothing was saved.</source>
        <translation>{field}: hành động không thể hoàn thành ngày {closed}, trước ngày họp {meeting}. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The {year} report has been sent and is frozen: unfreeze it first (Annual report → Unfreeze). Nothing was changed.</source>
        <translation>Báo cáo năm {year} đã gửi và đã được khóa: hãy mở khóa trước (Báo cáo năm → Mở khóa). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The {year} report has not been recorded as sent; there is nothing to unfreeze. Nothing was changed.</source>
        <translation>Báo cáo năm {year} chưa được ghi nhận đã gửi nên không có gì để mở khóa. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>No report outline could be loaded (the outline files are missing or broken). Nothing was changed.</source>
        <translation>Không nạp được đề cương báo cáo nào (tệp đề cương bị thiếu hoặc bị lỗi). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The outline of {year} has no self-scoring criteria set. Nothing was saved.</source>
        <translation>Đề cương báo cáo năm {year} không có bộ tiêu chí tự chấm điểm. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Criterion {code}: the score {value} must be between 0 and {max}. Nothing was saved.</source>
        <translation>Tiêu chí {code}: điểm {value} phải từ 0 đến {max}. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Criterion {code}: the score {value} must go in steps of 0,1 or 0,25 (e.g. 0,3 or 0,75). Nothing was saved.</source>
        <translation>Tiêu chí {code}: điểm {value} phải theo bước 0,1 hoặc 0,25 (ví dụ 0,3 hoặc 0,75). Chưa lưu gì.</translation>
    </message>
    <message>
        <source>“{value}” is not a score; write a number such as 0,5. Nothing was saved.</source>
        <translation>“{value}” không phải là điểm; hãy ghi một số, ví dụ 0,5. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>{year} already has subordinate units; nothing was copied.</source>
        <translation>Năm {year} đã có đơn vị trực thuộc; không sao chép gì.</translation>
    </message>
    <message>
        <source>{field}: a count cannot be negative. Nothing was saved.</source>
        <translation>{field}: số lượng không được âm. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>The request could not be completed ({code}). Nothing was changed.</source>
        <extracomment>Shown for a code with no text above (never a traceback); the test keeps it unused.</extracomment>
        <translation>Không thực hiện được yêu cầu ({code}). Dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>It is in force.</source>
        <extracomment>Extra explanation appended to a refusal, by error code and then by its ``reason`` parameter (e.g. why a document cannot be deleted). Declared here with the messages, so no screen has to be imported for a reason to show.</extracomment>
        <translation>Tài liệu đang có hiệu lực.</translation>
    </message>
    <message>
        <source>It was in force once: its history is a record to keep.</source>
        <translation>Tài liệu đã từng có hiệu lực: quá trình ban hành là hồ sơ cần lưu giữ.</translation>
    </message>
    <message>
        <source>Copies of it have been distributed.</source>
        <translation>Tài liệu đã được phân phối.</translation>
    </message>
    <message>
        <source>Another record refers to it.</source>
        <translation>Có hồ sơ khác đang trích dẫn tài liệu này.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid date; type it as dd/mm/yyyy, e.g. 06/11/2025.</source>
        <translation>{field}: “{value}” không phải là ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 06/11/2025.</translation>
    </message>
    <message>
        <source>Add at least one department.</source>
        <translation>Cần có ít nhất một phòng ban.</translation>
    </message>
    <message>
        <source>Mark at least one person as a leader (the head of the agency).</source>
        <translation>Cần đánh dấu ít nhất một người là lãnh đạo (người đứng đầu cơ quan).</translation>
    </message>
    <message>
        <source>Mark one person as the ISO secretary.</source>
        <translation>Cần đánh dấu một người là thư ký ISO.</translation>
    </message>
    <message>
        <source>The ISO steering committee can have only one head.</source>
        <translation>Ban Chỉ đạo ISO chỉ có một Trưởng ban.</translation>
    </message>
    <message>
        <source>Choose the members of the steering committee named in the decision.</source>
        <translation>Hãy chọn các thành viên Ban Chỉ đạo ISO có tên trong quyết định.</translation>
    </message>
    <message>
        <source>The agency has already been set up. Change its details under Settings.</source>
        <translation>Cơ quan đã được thiết lập. Hãy sửa thông tin tại mục Cài đặt.</translation>
    </message>
    <message>
        <source>Another record with the same name or number was saved at the same time. Nothing was saved; please try again.</source>
        <translation>Vừa có bản ghi khác trùng tên hoặc trùng số được lưu cùng lúc. Chưa lưu gì; vui lòng thử lại.</translation>
    </message>
    <message>
        <source>This kind of record cannot be restored.</source>
        <translation>Không thể khôi phục loại bản ghi này.</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Hãy chọn một cán bộ.</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>Dòng {row}: </translation>
    </message>
    <message>
        <source>This data file was written by a newer version of isodesk ({revision}). It has not been changed. Please install the newer isodesk.</source>
        <translation>Tệp dữ liệu này do phiên bản isodesk mới hơn ghi ({revision}). Tệp không bị thay đổi. Vui lòng cài đặt phiên bản isodesk mới hơn.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: it is not an isodesk data file or it is damaged. It has not been changed.</source>
        <translation>Không mở được tệp dữ liệu: đây không phải tệp dữ liệu của isodesk hoặc tệp đã bị hỏng. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Không đọc hoặc ghi được tệp: {reason}</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {reason}. Nothing was changed.</source>
        <translation>Đã xảy ra lỗi không mong muốn: {reason}. Dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The agency&apos;s details are missing. Enter them under Settings → Agency.</source>
        <translation>Chưa có thông tin cơ quan. Hãy nhập tại Cài đặt → Cơ quan.</translation>
    </message>
    <message>
        <source>The plan has no text “{key}”. Please reload the page.</source>
        <translation>Kế hoạch không có đoạn văn bản “{key}”. Vui lòng tải lại trang.</translation>
    </message>
    <message>
        <source>The file {path} cannot be found (it may have been moved, or the USB stick removed).</source>
        <translation>Không tìm thấy tệp {path} (có thể tệp đã bị chuyển đi hoặc USB đã được rút ra).</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({detail}). Check that it is not a folder and that you may open it.</source>
        <translation>Không đọc được tệp {path} ({detail}). Hãy kiểm tra đó không phải là thư mục và bạn có quyền mở tệp.</translation>
    </message>
    <message>
        <source>The file {path} is empty (0 bytes); it was probably not copied or downloaded completely.</source>
        <translation>Tệp {path} trống (0 byte); có thể tệp chưa được sao chép hoặc tải về đầy đủ.</translation>
    </message>
    <message>
        <source>This file is in the old Excel 97-2003 format (.xls). Open it in Excel, choose File → Save As → “Excel Workbook (*.xlsx)”, then choose the new file.</source>
        <translation>Tệp này ở định dạng Excel 97-2003 cũ (.xls). Hãy mở tệp trong Excel, chọn File → Save As → “Excel Workbook (*.xlsx)”, rồi chọn tệp mới.</translation>
    </message>
    <message>
        <source>This file is an Excel binary workbook (.xlsb). Open it in Excel and save it as “Excel Workbook (*.xlsx)” first.</source>
        <translation>Tệp này là sổ tính nhị phân của Excel (.xlsb). Hãy mở trong Excel và lưu thành “Excel Workbook (*.xlsx)” trước.</translation>
    </message>
    <message>
        <source>This file is a LibreOffice/OpenOffice spreadsheet (.ods). Save it as “Excel 2007-365 (.xlsx)” first.</source>
        <translation>Tệp này là bảng tính LibreOffice/OpenOffice (.ods). Hãy lưu thành “Excel 2007-365 (.xlsx)” trước.</translation>
    </message>
    <message>
        <source>This file is a web page or XML file that only carries an Excel name (common for lists downloaded from web portals). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.</source>
        <translation>Tệp này là trang web hoặc tệp XML chỉ mang tên tệp Excel (thường gặp khi tải danh sách từ cổng thông tin). Hãy mở trong Excel và lưu thành “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>This Excel file is protected by a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then choose it again.</source>
        <translation>Tệp Excel này có mật khẩu. Hãy mở trong Excel, gỡ mật khẩu (File → Info → Protect Workbook), lưu lại rồi chọn lại tệp.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx); it may be a text, CSV or other kind of file.</source>
        <translation>Tệp này không phải là tệp Excel (.xlsx); có thể là tệp văn bản, CSV hoặc loại tệp khác.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook; it may be a Word or another Office file.</source>
        <translation>Tệp này không phải là tệp Excel; có thể là tệp Word hoặc tệp Office khác.</translation>
    </message>
    <message>
        <source>This Excel file is damaged or incomplete and cannot be read. Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>Tệp Excel bị hỏng hoặc không đầy đủ nên không đọc được. Hãy mở trong Excel và lưu lại, hoặc xin bản khác.</translation>
    </message>
    <message>
        <source>No sheet of this workbook holds any data.</source>
        <translation>Không trang tính nào trong tệp có dữ liệu.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is not in the file; its sheets are: {sheets}.</source>
        <translation>Tệp không có trang tính “{sheet}”; các trang tính của tệp là: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Trang tính “{sheet}” không có dữ liệu.</translation>
    </message>
    <message>
        <source>No row with the column headings was found at the top of sheet “{sheet}”. The list needs headings such as: {expected}. Tip: start from the Excel template.</source>
        <translation>Không tìm thấy dòng tiêu đề cột ở đầu trang tính “{sheet}”. Danh mục cần các cột như: {expected}. Mẹo: hãy dùng mẫu Excel.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; split it into smaller files.</source>
        <translation>Trang tính có hơn {limit} dòng; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>{field}: give the number of the decision as well as its date.</source>
        <translation>{field}: cần ghi số, ký hiệu của quyết định cùng với ngày ban hành.</translation>
    </message>
    <message>
        <source>{field}: the date is before the last change already recorded for this TTHC.</source>
        <translation>{field}: ngày này trước biến động gần nhất đã ghi nhận của TTHC.</translation>
    </message>
    <message>
        <source>TTHC {code} is abolished: it cannot change any more.</source>
        <translation>TTHC {code} đã bị bãi bỏ, không thể ghi nhận thêm biến động.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not in the list; pick one of the list.</source>
        <translation>{field}: “{value}” không có trong danh sách; hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>{column}: no internal document has the code or title “{value}”.</source>
        <translation>{column}: không có tài liệu nội bộ nào có mã số hoặc tên “{value}”.</translation>
    </message>
    <message>
        <source>{field}: this decision is not a decision announcing the QMS.</source>
        <translation>{field}: đây không phải là quyết định công bố HTQLCL.</translation>
    </message>
    <message>
        <source>{field}: this decision is already recorded as an announcement.</source>
        <translation>{field}: quyết định này đã được ghi nhận là quyết định công bố.</translation>
    </message>
    <message>
        <source>{field}: choose a decision issuing the QMS document set.</source>
        <translation>{field}: hãy chọn quyết định ban hành hệ thống tài liệu HTQLCL.</translation>
    </message>
    <message>
        <source>{field}: this field is already out of the scope.</source>
        <translation>{field}: lĩnh vực này đã được đưa ra khỏi phạm vi áp dụng.</translation>
    </message>
    <message>
        <source>{field}: a field leaves the scope after the day it entered it.</source>
        <translation>{field}: ngày đưa lĩnh vực ra khỏi phạm vi phải sau ngày đưa vào.</translation>
    </message>
    <message>
        <source>{field}: TTHC {code} already has a change recorded on {previous}, after this date.</source>
        <translation>{field}: TTHC {code} đã có biến động ghi nhận ngày {previous}, sau ngày này.</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Excel file:</source>
        <translation>Tệp Excel:</translation>
    </message>
    <message>
        <source>Choose an .xlsx file…</source>
        <translation>Chọn một tệp .xlsx…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Download Excel template…</source>
        <translation>Tải mẫu Excel…</translation>
    </message>
    <message>
        <source>Save an empty Excel file with the right column headings to fill in</source>
        <translation>Lưu một tệp Excel trống có sẵn tiêu đề cột đúng để điền dữ liệu</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Các cột của tệp</translation>
    </message>
    <message>
        <source>Problems to fix in the file</source>
        <translation>Các lỗi cần sửa trong tệp</translation>
    </message>
    <message>
        <source>column “{column}” is empty; it must be filled in.</source>
        <extracomment>Messages of the cell, row and sheet problems of a preview (params: column, value, and per code min/max, choices, max_length/length, first_row, source, sheet). Keyed by the codes of :data:`isodesk.domain.tabular.PROBLEM_CODES`.</extracomment>
        <translation>cột “{column}” đang trống; cột này bắt buộc phải có dữ liệu.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” is not a date; write it as dd/mm/yyyy, e.g. 06/11/2025.</source>
        <translation>“{value}” ở cột “{column}” không phải là ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 06/11/2025.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” is not a number.</source>
        <translation>“{value}” ở cột “{column}” không phải là số.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” must be a whole number.</source>
        <translation>“{value}” ở cột “{column}” phải là số nguyên.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” must be between {min} and {max}.</source>
        <translation>“{value}” ở cột “{column}” phải trong khoảng từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” must be at least {min}.</source>
        <translation>“{value}” ở cột “{column}” phải từ {min} trở lên.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” must be at most {max}.</source>
        <translation>“{value}” ở cột “{column}” không được lớn hơn {max}.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” is not one of the accepted values: {choices}.</source>
        <translation>“{value}” ở cột “{column}” không thuộc các giá trị được chấp nhận: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” must be “Có” or “Không”.</source>
        <translation>“{value}” ở cột “{column}” phải là “Có” hoặc “Không”.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” is not a retention period; write “Vĩnh viễn” or a number of years, e.g. “10 năm”.</source>
        <translation>“{value}” ở cột “{column}” không phải là thời hạn bảo quản; hãy ghi “Vĩnh viễn” hoặc số năm, ví dụ “10 năm”.</translation>
    </message>
    <message>
        <source>column “{column}” holds {length} characters; at most {max_length} are allowed.</source>
        <translation>cột “{column}” có {length} ký tự; chỉ được tối đa {max_length} ký tự.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” already appears in row {first_row} of the file.</source>
        <translation>“{value}” ở cột “{column}” đã có ở dòng {first_row} của tệp.</translation>
    </message>
    <message>
        <source>The required column “{column}” is not chosen: pick the column of the file that holds it.</source>
        <translation>Chưa chọn cột bắt buộc “{column}”: hãy chọn cột tương ứng của tệp.</translation>
    </message>
    <message>
        <source>The file&apos;s column “{source}” is chosen twice (again for “{column}”); each column of the file can feed only one column.</source>
        <translation>Cột “{source}” của tệp bị chọn hai lần (lần nữa cho “{column}”); mỗi cột của tệp chỉ ứng với một cột của danh mục.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has the headings but no data rows below them.</source>
        <translation>Trang tính “{sheet}” có tiêu đề cột nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>Dòng {row}: {text}</translation>
    </message>
    <message>
        <source>Import from Excel: {title}</source>
        <translation>Nhập từ Excel: {title}</translation>
    </message>
    <message>
        <source>Choose the Excel file of the list “{title}”. The row of column headings is found by itself; check which column of the file feeds each column of the list and look at the preview. Nothing is written unless every row is correct; then all rows are imported at once.</source>
        <translation>Chọn tệp Excel của danh mục “{title}”. Phần mềm tự tìm dòng tiêu đề cột; hãy kiểm tra cột nào của tệp ứng với từng cột của danh mục và xem trước dữ liệu. Chỉ khi mọi dòng đều đúng thì toàn bộ các dòng mới được nhập cùng một lúc; nếu không, không có gì được ghi.</translation>
    </message>
    <message>
        <source>Columns marked * must be filled in.</source>
        <translation>Các cột có dấu * bắt buộc phải có dữ liệu.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose the Excel file</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx *.xlsm *.xls);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx *.xlsm *.xls);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Save the Excel template</source>
        <translation>Lưu mẫu Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Column headings found on row {rows}.</source>
        <translation>Đã tìm thấy tiêu đề cột ở dòng {rows}.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>{letter}: (no heading)</source>
        <translation>{letter}: (không có tiêu đề)</translation>
    </message>
    <message>
        <source>{count} problem(s) to fix in the file before importing:</source>
        <translation>Có {count} lỗi cần sửa trong tệp trước khi nhập:</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row problem(s) against the data already recorded:</source>
        <translation>Chưa nhập dòng nào: có {count} lỗi do trùng hoặc không khớp với dữ liệu đã có:</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {rows} row(s) read.</source>
        <translation>Trang tính “{sheet}”: đã đọc {rows} dòng.</translation>
    </message>
    <message>
        <source>{bad} row(s) with problems, {ok} correct.</source>
        <translation>{bad} dòng có lỗi, {ok} dòng đúng.</translation>
    </message>
    <message>
        <source>No problems: the {count} row(s) can be imported.</source>
        <translation>Không có lỗi: có thể nhập {count} dòng.</translation>
    </message>
    <message>
        <source>{count} empty row(s) skipped.</source>
        <translation>Bỏ qua {count} dòng trống.</translation>
    </message>
    <message>
        <source>Excel row</source>
        <translation>Dòng Excel</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập dòng nào.</translation>
    </message>
    <message>
        <source>{count} row(s) imported.</source>
        <translation>Đã nhập {count} dòng.</translation>
    </message>
    <message>
        <source>The empty template was saved to {path}. Fill it in, then choose it with “Choose file…”.</source>
        <translation>Đã lưu mẫu trống vào {path}. Hãy điền dữ liệu rồi chọn lại tệp bằng nút “Chọn tệp…”.</translation>
    </message>
</context>
<context>
    <name>ExternalDocumentDialog</name>
    <message>
        <source>Edit external document</source>
        <translation>Sửa tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>Add external document</source>
        <translation>Thêm tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>No internal documents yet</source>
        <translation>Chưa có tài liệu nội bộ nào</translation>
    </message>
    <message>
        <source>Change it with “Change legal status” in the list.</source>
        <translation>Thay đổi bằng nút “Đổi tình trạng hiệu lực” ở danh mục.</translation>
    </message>
    <message>
        <source>External document</source>
        <translation>Tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tên loại:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>What the text is about, without its type (e.g. “on the one-stop mechanism for administrative procedures”)</source>
        <translation>Nội dung văn bản, không ghi tên loại (ví dụ: “về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính”)</translation>
    </message>
    <message>
        <source>Number and symbol:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. 118/2025/NĐ-CP</source>
        <translation>ví dụ: 118/2025/NĐ-CP</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>Ngày có hiệu lực:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Kept at:</source>
        <translation>Nơi lưu:</translation>
    </message>
    <message>
        <source>e.g. filing cabinet of the Office; electronic copy</source>
        <translation>ví dụ: tủ hồ sơ Văn phòng; bản điện tử</translation>
    </message>
    <message>
        <source>Legal status:</source>
        <translation>Tình trạng hiệu lực:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Departments using it:</source>
        <translation>Bộ phận sử dụng:</translation>
    </message>
    <message>
        <source>Internal procedures citing it:</source>
        <translation>Quy trình nội bộ viện dẫn:</translation>
    </message>
    <message>
        <source>Find a procedure by code or title…</source>
        <translation>Tìm quy trình theo mã số hoặc tên…</translation>
    </message>
</context>
<context>
    <name>ExternalDocumentsTab</name>
    <message>
        <source>All types</source>
        <translation>Tất cả tên loại</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả bộ phận</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} documents</source>
        <translation>Hiển thị {shown}/{total} tài liệu</translation>
    </message>
    <message>
        <source>{dead} replaced or expired (shaded red), {amended} amended (shaded yellow)</source>
        <translation>{dead} bị thay thế hoặc hết hiệu lực (tô đỏ), {amended} bị sửa đổi, bổ sung (tô vàng)</translation>
    </message>
    <message>
        <source>Delete “{citation}” of {issuer} from the list?</source>
        <translation>Xóa “{citation}” của {issuer} khỏi danh mục?</translation>
    </message>
    <message>
        <source>{count} internal procedure(s) cite it; their citation will be removed. If the text is no longer in force, use “Change legal status” instead: the list then keeps its history.</source>
        <translation>Có {count} quy trình nội bộ trích dẫn văn bản này; các trích dẫn sẽ bị gỡ bỏ. Nếu văn bản chỉ hết hiệu lực, hãy dùng “Đổi tình trạng hiệu lực” để danh mục giữ được lịch sử.</translation>
    </message>
    <message>
        <source>{count} document(s) name it as their replacing or amending text; they will keep its number as text.</source>
        <translation>{count} tài liệu ghi văn bản này là văn bản thay thế hoặc sửa đổi; các tài liệu đó sẽ giữ số, ký hiệu của nó dưới dạng chữ.</translation>
    </message>
    <message>
        <source>Delete external document</source>
        <translation>Xóa tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>Cannot delete the document</source>
        <translation>Không xóa được tài liệu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Change legal status</source>
        <translation>Đổi tình trạng hiệu lực</translation>
    </message>
    <message>
        <source>External documents list</source>
        <translation>Danh mục tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>List of external documents</source>
        <translation>Danh mục tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>Cannot print the list</source>
        <translation>Không in được danh mục</translation>
    </message>
    <message>
        <source>{count} document(s) imported.</source>
        <translation>Đã nhập {count} tài liệu.</translation>
    </message>
    <message>
        <source>Rows {rows}: the replacing or amending text is not in the list; it was kept as text.</source>
        <translation>Dòng {rows}: văn bản thay thế hoặc sửa đổi chưa có trong danh mục nên được ghi dưới dạng chữ.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>External documents</source>
        <translation>Tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Record that the selected text was replaced, amended or has expired, and see the procedures to review</source>
        <translation>Ghi nhận văn bản đang chọn bị thay thế, bị sửa đổi hoặc hết hiệu lực, và xem các quy trình cần rà soát</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Write the list shown (grouped by field) to an Excel file</source>
        <translation>Ghi danh mục đang hiển thị (theo từng lĩnh vực) ra tệp Excel</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Print the list shown, grouped by field (preview first)</source>
        <translation>In danh mục đang hiển thị, nhóm theo lĩnh vực (xem trước khi in)</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>In danh mục…</translation>
    </message>
    <message>
        <source>Search number, title, issuer…</source>
        <translation>Tìm theo số, tên, cơ quan ban hành…</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Tình trạng hiệu lực</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Department using the document</source>
        <translation>Bộ phận sử dụng tài liệu</translation>
    </message>
</context>
<context>
    <name>ExternalDocumentsTableModel</name>
    <message>
        <source>Title (type, summary)</source>
        <translation>Tên tài liệu (tên loại, trích yếu)</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Ngày có hiệu lực</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Tình trạng hiệu lực</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Bộ phận sử dụng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
</context>
<context>
    <name>FilesTableModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày đính kèm</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>Phát hiện mới</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Sửa phát hiện</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Không phù hợp</translation>
    </message>
    <message>
        <source>Observation (recommendation)</source>
        <translation>Điểm lưu ý (khuyến nghị)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Phát hiện đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Đơn vị/bộ phận:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Điều khoản:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation>Người phát hiện:</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Nội dung phát hiện:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bằng chứng:</translation>
    </message>
    <message>
        <source>Requirement not met:</source>
        <translation>Yêu cầu không được đáp ứng:</translation>
    </message>
    <message>
        <source>Confirmed by (department):</source>
        <translation>Xác nhận của đơn vị:</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>New finding…</source>
        <extracomment>Columns of the Chương trình (DOMAIN.md §6.2), the date and the hours split for typing.</extracomment>
        <translation>Thêm phát hiện…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Raise a corrective action form</source>
        <translation>Lập phiếu yêu cầu hành động khắc phục</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Record the findings the audit team typed in an Excel file (one row a finding) in this round</source>
        <translation>Ghi các phát hiện mà Đoàn đánh giá đã nhập trong tệp Excel (mỗi dòng một phát hiện) vào đợt đánh giá này</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>{ncs} nonconformities, {obs} observations</source>
        <translation>{ncs} điểm không phù hợp, {obs} điểm lưu ý</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Phát hiện đánh giá nội bộ</translation>
    </message>
    <message>
        <source>{count} finding(s) recorded in the round.</source>
        <translation>Đã ghi {count} phát hiện vào đợt đánh giá.</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>Department</source>
        <translation>Đơn vị/bộ phận</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Nội dung phát hiện</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Requirement not met</source>
        <translation>Yêu cầu không được đáp ứng</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Người phát hiện</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Xác nhận của đơn vị</translation>
    </message>
    <message>
        <source>Form no.</source>
        <translation>Số phiếu</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Write the handover file</source>
        <translation>Ghi tệp bàn giao</translation>
    </message>
    <message>
        <source>Full name, or choose from the people</source>
        <translation>Họ và tên, hoặc chọn trong danh sách cán bộ</translation>
    </message>
    <message>
        <source>Handed over: {registers} registers, {records} records, {files} attached files; {open} open items of the year are listed in the minutes.</source>
        <translation>Bàn giao: {registers} sổ, danh mục với {records} bản ghi, {files} tệp đính kèm; {open} việc còn dở dang của năm được liệt kê trong biên bản.</translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation>Tệp bàn giao</translation>
    </message>
    <message>
        <source>isodesk handover (*.isodesk)</source>
        <translation>Tệp bàn giao isodesk (*.isodesk)</translation>
    </message>
    <message>
        <source>Writing the handover file…</source>
        <translation>Đang ghi tệp bàn giao…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The handover file was written and checked:
{package}

Print and sign the minutes:
{minutes}

Give the file to the new secretary (a USB stick is fine); isodesk checks every file when it is received.</source>
        <translation>Đã ghi và kiểm tra tệp bàn giao:
{package}

In và ký biên bản bàn giao:
{minutes}

Giao tệp cho thư ký ISO mới (chép vào USB cũng được); isodesk kiểm tra từng tệp khi nhận.</translation>
    </message>
    <message>
        <source>Hand over to a new ISO secretary</source>
        <translation>Bàn giao cho thư ký ISO mới</translation>
    </message>
    <message>
        <source>isodesk writes one handover file holding the whole register (a copy of the data, every attached file and a SHA-256 check of each) and the handover minutes to print and sign. On the new PC, the new secretary opens the file from the first page of the setup wizard; every file is checked before anything is received.</source>
        <translation>isodesk ghi một tệp bàn giao chứa toàn bộ hồ sơ (bản sao dữ liệu, mọi tệp đính kèm và mã kiểm tra SHA-256 của từng tệp) cùng biên bản bàn giao để in và ký. Trên máy mới, thư ký ISO mới mở tệp này từ trang đầu của trình hướng dẫn thiết lập; mọi tệp được kiểm tra trước khi nhận.</translation>
    </message>
    <message>
        <source>Hands over (current ISO secretary): *</source>
        <translation>Người bàn giao (thư ký ISO hiện tại): *</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Receives (new ISO secretary): *</source>
        <translation>Người nhận (thư ký ISO mới): *</translation>
    </message>
    <message>
        <source>Confirmed by (head of the agency): *</source>
        <translation>Lãnh đạo xác nhận: *</translation>
    </message>
    <message>
        <source>Date of handover:</source>
        <translation>Ngày bàn giao:</translation>
    </message>
    <message>
        <source>Handover file: *</source>
        <translation>Tệp bàn giao: *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Agency details</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng, bộ phận</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation>Văn bản đã ban hành</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Annual report package exported</source>
        <translation>Xuất gói báo cáo năm</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>The order fields are listed in (the history stores them alphabetically). Columns not worth showing (technical keys). Fields whose value names the record (&quot;Cán bộ: Nguyễn Thị Thu Hà&quot;).</extracomment>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <source>entry #{id} of {when}: {action} — {record}</source>
        <translation>mục #{id} ngày {when} ({action} — {record})</translation>
    </message>
    <message>
        <source>entry #{first}</source>
        <translation>mục #{first}</translation>
    </message>
    <message>
        <source>entries #{first} to #{last}</source>
        <translation>các mục #{first} đến #{last}</translation>
    </message>
    <message>
        <source>{what} was changed.</source>
        <translation>{what} đã bị sửa.</translation>
    </message>
    <message>
        <source>{missing}, just before {what}, were deleted.</source>
        <translation>{missing} (ngay trước {what}) đã bị xóa.</translation>
    </message>
    <message>
        <source>{what} was added.</source>
        <translation>{what} được thêm vào.</translation>
    </message>
    <message>
        <source>the newest {missing}, after {what}, were deleted.</source>
        <translation>{missing} mới nhất (sau {what}) đã bị xóa.</translation>
    </message>
    <message>
        <source>every entry ({missing}) was deleted.</source>
        <translation>mọi mục ({missing}) đã bị xóa.</translation>
    </message>
    <message>
        <source>{what} no longer follows the entry before it.</source>
        <translation>{what} không còn nối tiếp mục trước nó (mã băm bị sửa hoặc mục bị chuyển chỗ).</translation>
    </message>
    <message>
        <source>The change history was altered outside isodesk: {detail} The history from that entry on cannot be relied upon; restore a backup taken before that date to get the original back.</source>
        <translation>Lịch sử thay đổi đã bị sửa ngoài isodesk: {detail} Không thể tin cậy lịch sử thay đổi từ mục đó trở đi; hãy khôi phục một bản sao lưu có trước ngày đó để lấy lại bản gốc (Tệp → Khôi phục từ bản sao lưu…).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>No change has been recorded for this record.</source>
        <translation>Chưa ghi nhận thay đổi nào của bản ghi này.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Governing agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>Loại cơ quan</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Chức danh người đứng đầu</translation>
    </message>
    <message>
        <source>Title of a deputy</source>
        <translation>Chức danh cấp phó</translation>
    </message>
    <message>
        <source>Collective name</source>
        <translation>Tên tập thể</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>ISO secretary</source>
        <translation>Thư ký ISO</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Chuyên gia đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Auditor certificate</source>
        <translation>Chứng chỉ đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Seat on the steering committee</source>
        <translation>Vai trò trong Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Appointed by decision</source>
        <translation>Quyết định phân công</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Năm báo cáo</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Numbering year</source>
        <translation>Năm cấp số</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Evidence of</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Thời điểm thêm</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Đính kèm vào</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>(entity, field) labels that differ from the general one.</extracomment>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói báo cáo</translation>
    </message>
    <message>
        <source>Errors confirmed to export anyway</source>
        <translation>Lỗi đã xác nhận để vẫn xuất gói</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Details of the selected change</source>
        <translation>Chi tiết thay đổi đang chọn</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Bring back the deleted record exactly as it was</source>
        <translation>Khôi phục bản ghi đã xóa đúng như trước khi xóa</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>đang cập nhật…</translation>
    </message>
    <message>
        <source>To fix before the annual report</source>
        <translation>Cần khắc phục trước khi lập báo cáo năm</translation>
    </message>
    <message>
        <source>No reporting year yet. Add one under Settings → Reporting years.</source>
        <translation>Chưa có kỳ báo cáo nào. Hãy thêm tại Cài đặt → Kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>The ISO year {year}</source>
        <translation>Công việc ISO năm {year}</translation>
    </message>
    <message>
        <source>Reporting period: {start} – {end}</source>
        <translation>Kỳ báo cáo: từ {start} đến {end}</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>còn {days} ngày</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>đã quá hạn {days} ngày</translation>
    </message>
    <message>
        <source>Report due to the Department of Science and Technology: {date} ({left})</source>
        <translation>Hạn gửi báo cáo về Sở Khoa học và Công nghệ: {date} ({left})</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>Đã xong {done}/{total} bước</translation>
    </message>
    <message>
        <source>Nothing to fix: the register is consistent.</source>
        <translation>Không có gì cần khắc phục: dữ liệu đã đầy đủ, thống nhất.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTableModel</name>
    <message>
        <source>Excel row</source>
        <extracomment>The header of the row-number column, kept here for lupdate.</extracomment>
        <translation>Dòng Excel</translation>
    </message>
</context>
<context>
    <name>InternalDocumentDialog</name>
    <message>
        <source>Internal document</source>
        <translation>Tài liệu nội bộ</translation>
    </message>
    <message>
        <source>Code: *</source>
        <translation>Mã số: *</translation>
    </message>
    <message>
        <source>Title: *</source>
        <translation>Tên tài liệu: *</translation>
    </message>
    <message>
        <source>Kind: *</source>
        <translation>Loại: *</translation>
    </message>
    <message>
        <source>Mandatory procedure:</source>
        <translation>Quy trình bắt buộc:</translation>
    </message>
    <message>
        <source>Which of the five system procedures of the framework model this is</source>
        <translation>Tài liệu này là quy trình nào trong năm quy trình bắt buộc của mô hình khung</translation>
    </message>
    <message>
        <source>Lead department:</source>
        <translation>Đơn vị chủ trì:</translation>
    </message>
    <message>
        <source>Review every:</source>
        <translation>Chu kỳ rà soát:</translation>
    </message>
    <message>
        <source>Add an internal document</source>
        <translation>Thêm tài liệu nội bộ</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Sửa {code}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>First revision (draft)</source>
        <translation>Lần ban hành đầu tiên (dự thảo)</translation>
    </message>
    <message>
        <source>Drafted by:</source>
        <translation>Người soạn thảo:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Người xem xét:</translation>
    </message>
</context>
<context>
    <name>InternalDocumentsTab</name>
    <message>
        <source>Internal documents</source>
        <extracomment>Every text of the command line, in Vietnamese (the default) and English. Plain strings: the command line runs before Qt and its translators exist.</extracomment>
        <translation>Tài liệu nội bộ</translation>
    </message>
    <message>
        <source>Recall…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Thêm tài liệu…</translation>
    </message>
    <message>
        <source>Add a document to the list; its first revision is a draft</source>
        <translation>Thêm một tài liệu vào danh mục; lần ban hành đầu tiên là dự thảo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Change the code, title, kind, lead department or review interval</source>
        <translation>Sửa mã số, tên, loại, đơn vị chủ trì hoặc chu kỳ rà soát</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Hết hiệu lực…</translation>
    </message>
    <message>
        <source>Take the whole document out of force, with a date and a reason</source>
        <translation>Chuyển cả tài liệu sang hết hiệu lực, kèm ngày và lý do</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete a draft that was never issued</source>
        <translation>Xóa một dự thảo chưa từng ban hành</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Every change made to this document</source>
        <translation>Mọi thay đổi đã thực hiện với tài liệu này</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Add documents from an Excel list</source>
        <translation>Thêm tài liệu từ một danh mục Excel</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Write the documents shown to an Excel file</source>
        <translation>Ghi các tài liệu đang hiển thị ra tệp Excel</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>In danh mục…</translation>
    </message>
    <message>
        <source>Preview and print the list of documents shown</source>
        <translation>Xem trước và in danh mục các tài liệu đang hiển thị</translation>
    </message>
    <message>
        <source>Search by code or title…</source>
        <translation>Tìm theo mã số hoặc tên tài liệu…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Đến hạn rà soát</translation>
    </message>
    <message>
        <source>Only documents in force whose periodic review is due</source>
        <translation>Chỉ các tài liệu đang hiệu lực đã đến hạn rà soát định kỳ</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Ban hành lần mới</translation>
    </message>
    <message>
        <source>Open the next revision (lần ban hành) as a draft</source>
        <translation>Mở dự thảo cho lần ban hành tiếp theo</translation>
    </message>
    <message>
        <source>Edit revision…</source>
        <translation>Sửa lần ban hành…</translation>
    </message>
    <message>
        <source>People, decision, summary and change log of the selected revision</source>
        <translation>Người soạn thảo, xem xét, phê duyệt, quyết định, tóm tắt và nội dung sửa đổi của lần ban hành đang chọn</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>The selected draft goes to the leader for approval</source>
        <translation>Trình lãnh đạo phê duyệt dự thảo đang chọn</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Bring the selected revision into force; the previous one is superseded</source>
        <translation>Đưa lần ban hành đang chọn vào hiệu lực; lần ban hành trước hết hiệu lực</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Attach the Word file, the PDF or the signed scan to the selected revision</source>
        <translation>Đính kèm tệp Word, tệp PDF hoặc bản scan đã ký vào lần ban hành đang chọn</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Mở tệp đang chọn</translation>
    </message>
    <message>
        <source>Remove the selected file if it was attached by mistake; it can be restored from Settings → Change history</source>
        <translation>Gỡ tệp đang chọn nếu đính kèm nhầm; có thể khôi phục lại tại Cài đặt → Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Word file (.docx)…</source>
        <translation>Tệp Word (.docx)…</translation>
    </message>
    <message>
        <source>PDF of the issued text…</source>
        <translation>Tệp PDF bản ban hành…</translation>
    </message>
    <message>
        <source>Signed and stamped scan…</source>
        <translation>Bản scan đã ký, đóng dấu…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} tài liệu</translation>
    </message>
    <message>
        <source>{shown} of {count} documents</source>
        <translation>{shown}/{count} tài liệu</translation>
    </message>
    <message>
        <source>{count} due for review</source>
        <translation>{count} đến hạn rà soát</translation>
    </message>
    <message>
        <source>Select a document to see its revisions, distribution and reviews.</source>
        <translation>Chọn một tài liệu để xem các lần ban hành, phân phối và rà soát.</translation>
    </message>
    <message>
        <source>withdrawn on {date}: {reason}</source>
        <translation>hết hiệu lực từ {date}: {reason}</translation>
    </message>
    <message>
        <source>next review {date}</source>
        <translation>hạn rà soát {date}</translation>
    </message>
    <message>
        <source>{code} – {title} · revision {number} · {status}{extra}</source>
        <translation>{code} – {title} · lần ban hành {number} · {status}{extra}</translation>
    </message>
    <message>
        <source>Changes in revision {number}</source>
        <translation>Nội dung sửa đổi của lần ban hành {number}</translation>
    </message>
    <message>
        <source>Changes in the selected revision</source>
        <translation>Nội dung sửa đổi của lần ban hành đang chọn</translation>
    </message>
    <message>
        <source>Changes and files – revision {number}</source>
        <translation>Nội dung sửa đổi và tệp – lần {number}</translation>
    </message>
    <message>
        <source>Changes and files</source>
        <translation>Nội dung sửa đổi và tệp</translation>
    </message>
    <message>
        <source>Files of revision {number}</source>
        <translation>Tệp đính kèm của lần ban hành {number}</translation>
    </message>
    <message>
        <source>Files of the selected revision</source>
        <translation>Tệp đính kèm của lần ban hành đang chọn</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Xóa tài liệu</translation>
    </message>
    <message>
        <source>Delete “{code} – {title}”? Only a draft that was never issued can be deleted.</source>
        <translation>Xóa “{code} – {title}”? Chỉ xóa được dự thảo chưa từng ban hành.</translation>
    </message>
    <message>
        <source>{code} was deleted. It can be restored from the change history.</source>
        <translation>Đã xóa {code}. Có thể khôi phục từ lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>History of {code} – {title}</source>
        <translation>Lịch sử của {code} – {title}</translation>
    </message>
    <message>
        <source>{count} holder(s) still keep copies of the old revision; they must be recalled.</source>
        <translation>{count} nơi đang giữ bản cũ cần thu hồi.</translation>
    </message>
    <message>
        <source>Word files (*.docx *.doc)</source>
        <translation>Tệp Word (*.docx *.doc)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bản scan (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>“{name}” was attached to revision {number}.</source>
        <translation>Đã đính kèm “{name}” vào lần ban hành {number}.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>Remove “{name}” from revision {number}? It can be restored from Settings → Change history.</source>
        <translation>Gỡ “{name}” khỏi lần ban hành {number}? Có thể khôi phục lại tại Cài đặt → Lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>“{name}” was removed from revision {number}.</source>
        <translation>Đã gỡ “{name}” khỏi lần ban hành {number}.</translation>
    </message>
    <message>
        <source>Copies given to {count} recipient(s). Print the distribution sheet for their signatures.</source>
        <translation>Đã phân phối cho {count} nơi nhận. Hãy in phiếu phân phối để lấy chữ ký nhận.</translation>
    </message>
    <message>
        <source>Distribution sheet of {code}</source>
        <translation>Phiếu phân phối {code}</translation>
    </message>
    <message>
        <source>Attach the signed distribution sheet</source>
        <translation>Đính kèm phiếu phân phối đã ký</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Bản scan (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The signed distribution sheet “{name}” was attached.</source>
        <translation>Đã đính kèm phiếu phân phối có chữ ký “{name}”.</translation>
    </message>
    <message>
        <source>The review asks for changes: a draft of the next revision is open. Edit it, then issue it.</source>
        <translation>Kết quả rà soát là cần sửa đổi: đã mở dự thảo lần ban hành tiếp theo. Hãy sửa dự thảo rồi ban hành.</translation>
    </message>
    <message>
        <source>Edit the draft…</source>
        <translation>Sửa dự thảo…</translation>
    </message>
    <message>
        <source>{count} document(s) added to the list.</source>
        <translation>Đã thêm {count} tài liệu vào danh mục.</translation>
    </message>
    <message>
        <source>The Excel file was not written.</source>
        <translation>Chưa xuất được tệp Excel.</translation>
    </message>
    <message>
        <source>{count} document(s) exported to {path}.</source>
        <translation>Đã xuất {count} tài liệu ra {path}.</translation>
    </message>
    <message>
        <source>List of internal documents</source>
        <translation>Danh mục tài liệu nội bộ</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Phân phối</translation>
    </message>
    <message>
        <source>Distribute…</source>
        <translation>Phân phối…</translation>
    </message>
    <message>
        <source>Give copies of the revision in force to departments or people</source>
        <translation>Phân phối bản của lần ban hành đang hiệu lực cho đơn vị hoặc cá nhân</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Xác nhận đã nhận…</translation>
    </message>
    <message>
        <source>Record that the selected recipient signed for the copies</source>
        <translation>Ghi nhận nơi nhận đang chọn đã ký nhận tài liệu</translation>
    </message>
    <message>
        <source>Record that old copies were taken back</source>
        <translation>Ghi nhận đã thu hồi các bản cũ</translation>
    </message>
    <message>
        <source>Print distribution sheet…</source>
        <translation>In phiếu phân phối…</translation>
    </message>
    <message>
        <source>Preview and print the distribution and receipt sheet for signatures</source>
        <translation>Xem trước và in phiếu phân phối và thu hồi tài liệu để lấy chữ ký</translation>
    </message>
    <message>
        <source>Attach signed sheet…</source>
        <translation>Đính kèm phiếu đã ký…</translation>
    </message>
    <message>
        <source>Attach the scan of the signed distribution sheet</source>
        <translation>Đính kèm bản scan phiếu phân phối đã có chữ ký</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>Rà soát định kỳ</translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation>Rà soát định kỳ…</translation>
    </message>
    <message>
        <source>Record the periodic review: still fit, or to be revised</source>
        <translation>Ghi nhận kết quả rà soát định kỳ: giữ nguyên hay cần sửa đổi</translation>
    </message>
</context>
<context>
    <name>InternalDocumentsTableModel</name>
    <message>
        <source>The periodic review is due</source>
        <translation>Đã đến hạn rà soát định kỳ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên tài liệu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Hạn rà soát</translation>
    </message>
</context>
<context>
    <name>IssueLine</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>I know, and export with this error anyway (recorded in the change history with my name)</source>
        <translation>Tôi đã biết và vẫn xuất gói với lỗi này (ghi vào lịch sử thay đổi kèm tên tôi)</translation>
    </message>
    <message>
        <source>This error cannot be confirmed: fix it first.</source>
        <translation>Không thể xác nhận bỏ qua lỗi này: cần sửa trước.</translation>
    </message>
</context>
<context>
    <name>IssueRow</name>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentDialog</name>
    <message>
        <source>Add document to the register</source>
        <translation>Thêm văn bản vào sổ</translation>
    </message>
    <message>
        <source>Edit register entry</source>
        <translation>Sửa văn bản trong sổ</translation>
    </message>
    <message>
        <source>The steering committee&apos;s own number series</source>
        <translation>Hệ thống số riêng của Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation>(chưa cấp số)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Cited as: {type} số {reference}</source>
        <translation>Trích dẫn: {type} số {reference}</translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation>Văn bản đã ban hành</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. KH-UBND</source>
        <translation>VD: KH-UBND</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>e.g. Về việc kiện toàn Ban Chỉ đạo ISO</source>
        <translation>VD: Về việc kiện toàn Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch</source>
        <translation>VD: Chủ tịch</translation>
    </message>
    <message>
        <source>Evidence of:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Năm báo cáo:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentsTab</name>
    <message>
        <source>Search number, symbol or summary…</source>
        <translation>Tìm theo số, ký hiệu hoặc trích yếu…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Also show the documents of other reporting years</source>
        <translation>Hiện cả văn bản của các kỳ báo cáo khác</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Thêm văn bản</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Cấp số</translation>
    </message>
    <message>
        <source>Give a signed draft its number and date (cấp số)</source>
        <translation>Cấp số và ngày ban hành cho dự thảo đã ký</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>Remove a file attached by mistake; it can be restored from Settings → Change history.</source>
        <translation>Gỡ tệp đính kèm nhầm; có thể khôi phục lại tại Cài đặt → Lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Only drafts can be deleted; an issued document stays in the register.</source>
        <translation>Chỉ xóa được dự thảo; văn bản đã ban hành luôn được giữ trong sổ.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Write the entries shown to an Excel file</source>
        <translation>Ghi các văn bản đang hiển thị ra tệp Excel</translation>
    </message>
    <message>
        <source>{count} document(s) shown, {drafts} draft(s)</source>
        <translation>Đang hiển thị {count} văn bản, trong đó {drafts} dự thảo</translation>
    </message>
    <message>
        <source>reporting year {year}</source>
        <translation>năm báo cáo {year}</translation>
    </message>
    <message>
        <source>no program is set up to open {name}</source>
        <translation>máy tính chưa có chương trình để mở tệp {name}</translation>
    </message>
    <message>
        <source>Choose the file to attach</source>
        <translation>Chọn tệp cần đính kèm</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.jpg *.jpeg *.png);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Attached {name} to {reference}</source>
        <translation>Đã đính kèm {name} vào văn bản {reference}</translation>
    </message>
    <message>
        <source>Remove the file “{name}” from {reference}?</source>
        <translation>Gỡ tệp “{name}” khỏi {reference}?</translation>
    </message>
    <message>
        <source>It can be restored from Settings → Change history.</source>
        <translation>Có thể khôi phục lại tại Cài đặt → Lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Removed {name} from {reference}</source>
        <translation>Đã gỡ {name} khỏi {reference}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <source>Delete the draft “{summary}”?</source>
        <translation>Xóa dự thảo “{summary}”?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Không thể xóa</translation>
    </message>
    <message>
        <source>History of {reference}: {summary}</source>
        <translation>Lịch sử văn bản {reference}: {summary}</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentsTableModel</name>
    <message>
        <source>Number, symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Evidence of</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Provincial department, board or sector</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <source>People&apos;s Committee of a commune, ward or special zone</source>
        <translation>UBND xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Subordinate unit</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>District People&apos;s Committee (before 01/7/2025)</source>
        <translation>UBND huyện (trước 01/7/2025)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Annual QMS maintenance plan</source>
        <translation>Kế hoạch duy trì HTQLCL năm</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Risks and opportunities plan</source>
        <translation>Kế hoạch giải quyết rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>Issuing the document set</source>
        <translation>Ban hành hệ thống tài liệu</translation>
    </message>
    <message>
        <source>Announcing conformity</source>
        <translation>Công bố HTQLCL</translation>
    </message>
    <message>
        <source>ISO steering committee</source>
        <translation>Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Internal audit team</source>
        <translation>Đoàn đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Internal audit plan</source>
        <translation>Kế hoạch đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation>Báo cáo đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Head of the committee</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <source>Deputy head of the committee</source>
        <translation>Phó Trưởng ban</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Secretary of the committee</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Seats in the order a decision lists them.</extracomment>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>isodesk — ISO 9001 quality management system</source>
        <extracomment>Opens a data file into services: app.py sets the start-up&apos;s own opener, so another file opened from Tệp → Mở… goes through exactly the same checks (and messages) as the start. Take the day&apos;s first backup of a data file opened from the menu too (off in tests and self-test).</extracomment>
        <translation>isodesk — Hệ thống quản lý chất lượng ISO 9001</translation>
    </message>
    <message>
        <source>ISO 9001 quality management</source>
        <translation>Quản lý chất lượng ISO 9001</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Năm báo cáo:</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>Working:</source>
        <translation>Người làm việc:</translation>
    </message>
    <message>
        <source>The person recorded in the change history as having made the changes. Choose yourself when several people share this computer.</source>
        <translation>Người được ghi vào lịch sử thay đổi là người đã sửa dữ liệu. Hãy chọn tên mình khi nhiều người dùng chung máy tính này.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Open a data file…</source>
        <translation>&amp;Mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>Recent data files</source>
        <translation>Tệp dữ liệu gần đây</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Export the annual report &amp;package…</source>
        <translation>&amp;Xuất gói báo cáo năm…</translation>
    </message>
    <message>
        <source>C&amp;heck a report package…</source>
        <translation>Kiểm tra &amp;gói…</translation>
    </message>
    <message>
        <source>Hand &amp;over to a new ISO secretary…</source>
        <translation>&amp;Bàn giao cho thư ký ISO mới…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Tìm trong danh sách</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About isodesk</source>
        <translation>&amp;Giới thiệu isodesk</translation>
    </message>
    <message>
        <source>isodesk {version}

Keeps the TCVN ISO 9001:2015 quality management system of a state agency: documents, records, administrative procedures and the yearly plan, with the documents drafted in the layout of Decree 30/2020.</source>
        <translation>isodesk {version}

Hỗ trợ duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của cơ quan hành chính nhà nước: tài liệu, hồ sơ, thủ tục hành chính (TTHC) và kế hoạch năm, với văn bản soạn theo thể thức Nghị định 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Tệp dữ liệu: {path}</translation>
    </message>
    <message>
        <source>About isodesk</source>
        <translation>Giới thiệu isodesk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The backup was restored; the data from before the restore was backed up to {path}.</source>
        <translation>Đã khôi phục bản sao lưu; dữ liệu trước khi khôi phục đã được sao lưu vào {path}.</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>isodesk data files (*.db *.sqlite);;All files (*)</source>
        <translation>Tệp dữ liệu isodesk (*.db *.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>not found (moved or deleted?)</source>
        <translation>không tìm thấy (đã chuyển đi hoặc bị xóa?)</translation>
    </message>
    <message>
        <source>Remove the files not found from this list</source>
        <translation>Bỏ các tệp không tìm thấy khỏi danh sách này</translation>
    </message>
    <message>
        <source>No data file opened yet</source>
        <translation>Chưa mở tệp dữ liệu nào</translation>
    </message>
    <message>
        <source>isodesk</source>
        <translation>isodesk</translation>
    </message>
    <message>
        <source>This data file is already open.</source>
        <translation>Tệp dữ liệu này đang mở.</translation>
    </message>
    <message>
        <source>Opened the data file {path}.</source>
        <translation>Đã mở tệp dữ liệu {path}.</translation>
    </message>
    <message>
        <source>The data file {path} was not found (moved, renamed or deleted?); it was taken off the list of recent files. Nothing was created or changed.</source>
        <translation>Không tìm thấy tệp dữ liệu {path} (đã bị chuyển đi, đổi tên hoặc xóa?); tệp đã được bỏ khỏi danh sách tệp gần đây. Không có gì được tạo ra hay thay đổi.</translation>
    </message>
    <message>
        <source>The data file {path} stays open.</source>
        <translation>Tệp dữ liệu {path} vẫn đang mở.</translation>
    </message>
    <message>
        <source>Stay on the current file</source>
        <translation>Ở lại tệp hiện tại</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>the file is on a network drive: isodesk writes in the mode that is safe there; open it from one computer at a time.</source>
        <translation>tệp nằm trên ổ mạng: isodesk dùng chế độ ghi an toàn cho ổ mạng; chỉ mở tệp từ một máy tại một thời điểm.</translation>
    </message>
    <message>
        <source>isodesk user</source>
        <translation>Người dùng isodesk</translation>
    </message>
    <message>
        <source>The data file opened last ({missing}) cannot be found (a removed USB drive?); the usual data file is open: {path}. File → Open a data file… opens the other one when it is back.</source>
        <translation>Không tìm thấy tệp dữ liệu mở lần trước ({missing}) (đã rút ổ USB?); đang mở tệp dữ liệu thường dùng: {path}. Khi tệp kia có lại, chọn Tệp → Mở tệp dữ liệu… để mở.</translation>
    </message>
</context>
<context>
    <name>ManagementReviewScreen</name>
    <message>
        <source>Date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Actions (open)</source>
        <translation>Hành động (đang thực hiện)</translation>
    </message>
    <message>
        <source>Add meeting…</source>
        <translation>Thêm cuộc họp…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Sửa cuộc họp…</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Xóa cuộc họp</translation>
    </message>
    <message>
        <source>Decisions and actions of the meeting (clause 9.3.3)</source>
        <translation>Các quyết định, hành động của cuộc họp (mục 9.3.3)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Content / decision</source>
        <translation>Nội dung/quyết định</translation>
    </message>
    <message>
        <source>Department, person responsible</source>
        <translation>Đơn vị, người thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Thêm hành động…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Sửa hành động…</translation>
    </message>
    <message>
        <source>Mark completed today</source>
        <translation>Đánh dấu hoàn thành hôm nay</translation>
    </message>
    <message>
        <source>Meetings and actions</source>
        <translation>Cuộc họp và hành động</translation>
    </message>
    <message>
        <source>Minutes (inputs of the review)</source>
        <translation>Biên bản (đầu vào xem xét)</translation>
    </message>
    <message>
        <source>Management review {year}</source>
        <translation>Xem xét của lãnh đạo năm {year}</translation>
    </message>
    <message>
        <source>Delete the meeting of {day} with its {count} action(s)?</source>
        <translation>Xóa cuộc họp ngày {day} cùng {count} hành động của cuộc họp?</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <source>I. Inputs of the management review (9.3.2)</source>
        <translation>I. Các đầu vào của xem xét của lãnh đạo (9.3.2)</translation>
    </message>
    <message>
        <source>II. Conclusion and decisions (9.3.3)</source>
        <translation>II. Kết luận và các quyết định (9.3.3)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New management review meeting</source>
        <translation>Thêm cuộc họp xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Management review meeting of {day}</source>
        <translation>Cuộc họp xem xét của lãnh đạo ngày {day}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>Management review meeting</source>
        <translation>Cuộc họp xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Năm báo cáo:</translation>
    </message>
    <message>
        <source>Meeting date:</source>
        <translation>Ngày họp:</translation>
    </message>
    <message>
        <source>Starts at:</source>
        <translation>Giờ bắt đầu:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Ends at:</source>
        <translation>Giờ kết thúc:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Secretary (minutes taker):</source>
        <translation>Thư ký (người ghi biên bản):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Thành phần tham dự:</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <extracomment>The product&apos;s navigation, in order. A key is shown only once a screen is registered for it.</extracomment>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Risks and opportunities</source>
        <translation>Rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Không phù hợp và khắc phục</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Administrative procedure results and satisfaction</source>
        <translation>Kết quả TTHC và mức độ hài lòng</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Plans and documents of the year</source>
        <translation>Kế hoạch và văn bản năm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NonconformitiesTab</name>
    <message>
        <source>Search form number, department, content…</source>
        <translation>Tìm theo số phiếu, đơn vị, nội dung…</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>New form…</source>
        <translation>Lập phiếu mới…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở phiếu…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Chuyển bước tiếp theo</translation>
    </message>
    <message>
        <source>Effectiveness check…</source>
        <translation>Kiểm tra hiệu lực…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Open a form for every nonconformity typed in an Excel file (e.g. the findings of an audit round)</source>
        <translation>Lập phiếu cho từng điểm không phù hợp ghi trong tệp Excel (ví dụ các phát hiện của một đợt đánh giá)</translation>
    </message>
    <message>
        <source>Print the register…</source>
        <translation>In sổ theo dõi…</translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation>In phiếu…</translation>
    </message>
    <message>
        <source>The corrective action forms (phiếu yêu cầu hành động khắc phục) of the selected rows (Ctrl+P)</source>
        <translation>In phiếu yêu cầu hành động khắc phục của các dòng đang chọn (Ctrl+P)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} forms · {open} not closed</source>
        <translation>Đang hiện {shown}/{total} phiếu · {open} phiếu chưa đóng</translation>
    </message>
    <message>
        <source>{late} overdue (shaded red)</source>
        <translation>{late} phiếu quá hạn (tô đỏ)</translation>
    </message>
    <message>
        <source>Nonconformity register</source>
        <translation>Sổ theo dõi sự không phù hợp</translation>
    </message>
    <message>
        <source>The register cannot be printed</source>
        <translation>Không in được sổ theo dõi</translation>
    </message>
    <message>
        <source>Corrective action forms</source>
        <translation>Phiếu yêu cầu hành động khắc phục</translation>
    </message>
    <message>
        <source>The forms cannot be printed</source>
        <translation>Không in được phiếu</translation>
    </message>
    <message>
        <source>{count} corrective action form(s) opened, in the state “Open”.</source>
        <translation>Đã lập {count} phiếu yêu cầu hành động khắc phục, ở trạng thái “Mở”.</translation>
    </message>
</context>
<context>
    <name>NonconformitiesTableModel</name>
    <message>
        <source>Form no.</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nội dung không phù hợp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn phát hiện</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Requirement not met</source>
        <translation>Yêu cầu không được đáp ứng</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Người phát hiện</translation>
    </message>
</context>
<context>
    <name>NonconformityDialog</name>
    <message>
        <source>New corrective action request</source>
        <translation>Phiếu yêu cầu hành động khắc phục mới</translation>
    </message>
    <message>
        <source>Corrective action request {number}</source>
        <translation>Phiếu yêu cầu hành động khắc phục số {number}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Trạng thái: {state}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not effective</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Record in the risk register…</source>
        <translation>Ghi vào bảng rủi ro…</translation>
    </message>
    <message>
        <source>Add an entry to the risk and opportunity register, linked to this form</source>
        <translation>Thêm một mục vào bảng nhận diện rủi ro và cơ hội, liên kết với phiếu này</translation>
    </message>
    <message>
        <source>Revise the document…</source>
        <translation>Sửa đổi tài liệu…</translation>
    </message>
    <message>
        <source>Open a revision of the chosen internal document, linked to this form</source>
        <translation>Mở lần sửa đổi của tài liệu nội bộ đã chọn, liên kết với phiếu này</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Tài liệu:</translation>
    </message>
    <message>
        <source>Save the form first; then it can raise a risk entry or a document revision.</source>
        <translation>Hãy lưu phiếu trước; sau đó mới ghi được vào bảng rủi ro hoặc sửa đổi tài liệu.</translation>
    </message>
    <message>
        <source>Risk register {year}: {issue}{level}</source>
        <translation>Bảng rủi ro năm {year}: {issue}{level}</translation>
    </message>
    <message>
        <source>revision {number}, {status}</source>
        <translation>lần ban hành {number}, {status}</translation>
    </message>
    <message>
        <source>no revision yet</source>
        <translation>chưa mở lần sửa đổi</translation>
    </message>
    <message>
        <source>Document: {code} {title} — {state}</source>
        <translation>Tài liệu: {code} {title} — {state}</translation>
    </message>
    <message>
        <source>No link yet.</source>
        <translation>Chưa có liên kết.</translation>
    </message>
    <message>
        <source>Record in the risk register</source>
        <translation>Ghi vào bảng rủi ro</translation>
    </message>
    <message>
        <source>Recorded in the risk register {year}.</source>
        <translation>Đã ghi vào bảng rủi ro năm {year}.</translation>
    </message>
    <message>
        <source>Cannot record the link</source>
        <translation>Không ghi được liên kết</translation>
    </message>
    <message>
        <source>Revise {code} (revision {number}).</source>
        <translation>Sửa đổi {code} (lần ban hành {number}).</translation>
    </message>
    <message>
        <source>Corrective action request</source>
        <translation>Phiếu yêu cầu hành động khắc phục</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>Ngày phát hiện:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Đơn vị/bộ phận:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn phát hiện:</translation>
    </message>
    <message>
        <source>Nonconformity:</source>
        <translation>Mô tả sự không phù hợp:</translation>
    </message>
    <message>
        <source>Requirement not met:</source>
        <translation>Yêu cầu/điều khoản không đáp ứng:</translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation>Người phát hiện:</translation>
    </message>
    <message>
        <source>Confirmed by (department):</source>
        <translation>Xác nhận của đơn vị:</translation>
    </message>
    <message>
        <source>Immediate correction:</source>
        <translation>Khắc phục tức thời:</translation>
    </message>
    <message>
        <source>Cause category:</source>
        <translation>Nhóm nguyên nhân:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Nguyên nhân:</translation>
    </message>
    <message>
        <source>Corrective action:</source>
        <translation>Hành động khắc phục:</translation>
    </message>
    <message>
        <source>Carried out by:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn hoàn thành:</translation>
    </message>
    <message>
        <source>Approved by (leadership):</source>
        <translation>Lãnh đạo phê duyệt:</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Ngày phê duyệt:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả thực hiện:</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Ngày hoàn thành:</translation>
    </message>
    <message>
        <source>Risk / QMS update:</source>
        <translation>Cập nhật rủi ro, HTQLCL:</translation>
    </message>
    <message>
        <source>Effectiveness check:</source>
        <translation>Kiểm tra hiệu lực:</translation>
    </message>
    <message>
        <source>Earlier attempts:</source>
        <translation>Các lần khắc phục trước:</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>On-time rate of TTHC files</source>
        <extracomment>Figures other modules compute (or will) that objectives are commonly measured by.</extracomment>
        <translation>Tỷ lệ hồ sơ TTHC giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Citizen satisfaction rate</source>
        <translation>Tỷ lệ hài lòng của tổ chức, công dân</translation>
    </message>
    <message>
        <source>Share of TTHC covered by a procedure</source>
        <translation>Tỷ lệ TTHC có quy trình giải quyết</translation>
    </message>
    <message>
        <source>Agency level</source>
        <translation>Cấp cơ quan</translation>
    </message>
    <message>
        <source>Department level</source>
        <translation>Cấp phòng</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Edit quality objective {year}</source>
        <translation>Sửa mục tiêu chất lượng năm {year}</translation>
    </message>
    <message>
        <source>Add quality objective {year}</source>
        <translation>Thêm mục tiêu chất lượng năm {year}</translation>
    </message>
    <message>
        <source>— entered by hand —</source>
        <translation>— nhập tay —</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Biện pháp/Nội dung thực hiện</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Đơn vị/Người chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Quality objective</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Quality objective:</source>
        <translation>Mục tiêu chất lượng:</translation>
    </message>
    <message>
        <source>What the agency wants to achieve (e.g. “Giải quyết hồ sơ TTHC đúng hạn”)</source>
        <translation>Điều cơ quan muốn đạt được (ví dụ “Giải quyết hồ sơ TTHC đúng hạn”)</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <source>98</source>
        <translation>98</translation>
    </message>
    <message>
        <source>what is counted (e.g. “hồ sơ TTHC giải quyết đúng hạn”)</source>
        <translation>nội dung được đo (ví dụ “hồ sơ TTHC giải quyết đúng hạn”)</translation>
    </message>
    <message>
        <source>Measurement method:</source>
        <translation>Phương pháp đo lường:</translation>
    </message>
    <message>
        <source>How and from what the result is measured</source>
        <translation>Đo kết quả bằng cách nào, từ nguồn số liệu nào</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>Tần suất đo:</translation>
    </message>
    <message>
        <source>Result from isodesk figure:</source>
        <translation>Lấy kết quả từ số liệu isodesk:</translation>
    </message>
    <message>
        <source>When isodesk computes this figure (e.g. the on-time rate of TTHC files), the year&apos;s result fills itself</source>
        <translation>Khi isodesk tính được số liệu này (ví dụ tỷ lệ hồ sơ TTHC đúng hạn), kết quả của năm tự điền vào</translation>
    </message>
    <message>
        <source>Implementation plan (clause 6.2.2):</source>
        <translation>Kế hoạch thực hiện (điều khoản 6.2.2):</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Thêm biện pháp</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Xóa biện pháp</translation>
    </message>
</context>
<context>
    <name>ObjectiveResultDialog</name>
    <message>
        <source>Result of a quality objective</source>
        <translation>Kết quả thực hiện mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ đo:</translation>
    </message>
    <message>
        <source>Measured value:</source>
        <translation>Kết quả đo:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bằng chứng:</translation>
    </message>
    <message>
        <source>Report, statistics or record that shows the result</source>
        <translation>Báo cáo, số liệu thống kê hoặc hồ sơ chứng minh kết quả</translation>
    </message>
    <message>
        <source>Measured by:</source>
        <translation>Người đo/tổng hợp:</translation>
    </message>
    <message>
        <source>Measured on:</source>
        <translation>Ngày đo:</translation>
    </message>
</context>
<context>
    <name>ObjectivesCard</name>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Quality objectives {year}: {achieved}/{evaluated} achieved ({total} objectives)</source>
        <translation>Mục tiêu chất lượng năm {year}: {achieved}/{evaluated} đạt ({total} mục tiêu)</translation>
    </message>
</context>
<context>
    <name>ObjectivesChart</name>
    <message>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Chưa đo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>ObjectivesScreen</name>
    <message>
        <source>Objectives and plan</source>
        <translation>Mục tiêu và kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>Decision on policy and objectives</source>
        <translation>Quyết định ban hành chính sách, mục tiêu</translation>
    </message>
    <message>
        <source>Year-end evaluation</source>
        <translation>Đánh giá kết quả cuối năm</translation>
    </message>
</context>
<context>
    <name>ObjectivesTab</name>
    <message>
        <source>All levels</source>
        <translation>Mọi cấp</translation>
    </message>
    <message>
        <source>Any achievement</source>
        <translation>Mọi kết quả đánh giá</translation>
    </message>
    <message>
        <source>No quality policy recorded for {year}.</source>
        <translation>Chưa có chính sách chất lượng áp dụng cho năm {year}.</translation>
    </message>
    <message>
        <source>In force from {year}; issued by {decision}</source>
        <translation>Áp dụng từ năm {year}; ban hành tại {decision}</translation>
    </message>
    <message>
        <source>(decision not recorded)</source>
        <translation>(chưa ghi quyết định ban hành)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} objectives · {achieved} achieved, {missed} not achieved</source>
        <translation>Hiển thị {shown}/{total} mục tiêu · {achieved} đạt, {missed} không đạt</translation>
    </message>
    <message>
        <source>{count} copied from last year, to review (in italics)</source>
        <translation>{count} mục tiêu sao chép từ năm trước, cần rà soát (chữ nghiêng)</translation>
    </message>
    <message>
        <source>Delete quality objective</source>
        <translation>Xóa mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Delete the objective “{title}” with its plan and results?</source>
        <translation>Xóa mục tiêu “{title}” cùng kế hoạch và kết quả thực hiện?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cannot delete the objective</source>
        <translation>Không xóa được mục tiêu</translation>
    </message>
    <message>
        <source>Cannot copy last year&apos;s objectives</source>
        <translation>Không sao chép được mục tiêu năm trước</translation>
    </message>
    <message>
        <source>Cannot export the objectives</source>
        <translation>Không xuất được danh sách mục tiêu</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>{count} objective(s) imported.</source>
        <translation>Đã nhập {count} mục tiêu.</translation>
    </message>
    <message>
        <source>Quality objectives and implementation plan</source>
        <translation>Mục tiêu chất lượng và kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>Cannot print the list</source>
        <translation>Không in được danh sách</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Edit policy…</source>
        <translation>Sửa chính sách…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Add objective…</source>
        <translation>Thêm mục tiêu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Enter the measured result of a period</source>
        <translation>Nhập kết quả đo của một kỳ</translation>
    </message>
    <message>
        <source>Enter result…</source>
        <translation>Nhập kết quả…</translation>
    </message>
    <message>
        <source>Start this year from last year&apos;s objectives (each marked for review, results not copied)</source>
        <translation>Lấy mục tiêu năm trước làm điểm xuất phát (mỗi mục tiêu được đánh dấu cần rà soát, không sao chép kết quả)</translation>
    </message>
    <message>
        <source>Copy last year&apos;s</source>
        <translation>Sao chép từ năm trước</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Print the objectives and their plan (preview first)</source>
        <translation>In mục tiêu và kế hoạch thực hiện (xem trước)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Search objective, target, department…</source>
        <translation>Tìm mục tiêu, chỉ tiêu, phòng…</translation>
    </message>
    <message>
        <source>Agency or department level</source>
        <translation>Cấp cơ quan hoặc cấp phòng</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Results missing</source>
        <translation>Thiếu kết quả</translation>
    </message>
</context>
<context>
    <name>ObjectivesTableModel</name>
    <message>
        <source>Quality objective</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Biện pháp/Nội dung thực hiện</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Đơn vị/Người chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Measurement method</source>
        <translation>Phương pháp đo lường, đánh giá</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Tần suất đo</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Đánh giá</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Writing the report (Word and PDF)…</source>
        <extracomment>What the progress dialog says during each step of the export (PackageService STEPS).</extracomment>
        <translation>Đang ghi báo cáo (Word và PDF)…</translation>
    </message>
    <message>
        <source>Writing the figures and appendices (Excel)…</source>
        <translation>Đang ghi bảng số liệu và phụ lục (Excel)…</translation>
    </message>
    <message>
        <source>Copying the evidence files…</source>
        <translation>Đang chép các tệp hồ sơ minh chứng…</translation>
    </message>
    <message>
        <source>Writing the list of evidence…</source>
        <translation>Đang ghi danh mục hồ sơ minh chứng…</translation>
    </message>
    <message>
        <source>Writing the manifest…</source>
        <translation>Đang ghi bản kê các tệp (MANIFEST)…</translation>
    </message>
    <message>
        <source>Reading the package back from the drive…</source>
        <translation>Đang đọc lại gói từ ổ đĩa để kiểm tra…</translation>
    </message>
    <message>
        <source>Writing the .zip file…</source>
        <translation>Đang ghi tệp .zip…</translation>
    </message>
    <message>
        <source>{name} ({free} free)</source>
        <translation>{name} (còn trống {free})</translation>
    </message>
    <message>
        <source>Export the annual report package of {year}</source>
        <translation>Xuất gói báo cáo năm {year}</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <source>a folder, or a USB drive</source>
        <translation>một thư mục, hoặc ổ USB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Drives:</source>
        <translation>Ổ đĩa:</translation>
    </message>
    <message>
        <source>(choose a drive)</source>
        <translation>(chọn ổ đĩa)</translation>
    </message>
    <message>
        <source>Also write one .zip file of the whole package</source>
        <translation>Ghi thêm một tệp .zip của cả gói</translation>
    </message>
    <message>
        <source>Export the package</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Checking the data of the year…</source>
        <translation>Đang kiểm tra dữ liệu của năm…</translation>
    </message>
    <message>
        <source>Deadline of the report: {date} ({days} day(s) left)</source>
        <translation>Hạn gửi báo cáo: {date} (còn {days} ngày)</translation>
    </message>
    <message>
        <source>Deadline of the report: {date} (passed {days} day(s) ago)</source>
        <translation>Hạn gửi báo cáo: {date} (đã quá hạn {days} ngày)</translation>
    </message>
    <message>
        <source>{errors} error(s) and {warnings} warning(s). Warnings do not stop the export; an error does, unless you fix it or confirm it explicitly below.</source>
        <translation>{errors} lỗi và {warnings} cảnh báo. Cảnh báo không ngăn việc xuất gói; lỗi thì có, trừ khi chị/anh sửa hoặc xác nhận rõ từng lỗi bên dưới.</translation>
    </message>
    <message>
        <source>No error; {warnings} warning(s), which do not stop the export.</source>
        <translation>Không có lỗi; {warnings} cảnh báo (không ngăn việc xuất gói).</translation>
    </message>
    <message>
        <source>Nothing to fix: the package can be exported.</source>
        <translation>Không có gì cần sửa: có thể xuất gói.</translation>
    </message>
    <message>
        <source>Save the package to</source>
        <translation>Lưu gói báo cáo vào</translation>
    </message>
    <message>
        <source>Preparing the package…</source>
        <translation>Đang chuẩn bị gói báo cáo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Đang xuất gói báo cáo</translation>
    </message>
    <message>
        <source>The package was written to {folder} ({files} files, {size}) and read back: it is complete.</source>
        <translation>Đã ghi gói báo cáo vào {folder} ({files} tệp, {size}) và đọc lại để kiểm tra: gói đầy đủ, không lỗi.</translation>
    </message>
    <message>
        <source>The .zip file: {zip}</source>
        <translation>Tệp .zip: {zip}</translation>
    </message>
</context>
<context>
    <name>PackageVerifyDialog</name>
    <message>
        <source>missing (listed in the manifest, not in the package)</source>
        <extracomment>File systems that are never a place for the package (pseudo and system mounts). What is wrong with a file of a checked package (ProblemKind), in the interface language.</extracomment>
        <translation>thiếu tệp (có trong bản kê, không có trong gói)</translation>
    </message>
    <message>
        <source>content changed (its SHA-256 differs from the manifest)</source>
        <translation>nội dung bị thay đổi (mã SHA-256 không khớp bản kê)</translation>
    </message>
    <message>
        <source>size differs from the manifest</source>
        <translation>dung lượng khác bản kê</translation>
    </message>
    <message>
        <source>extra file (not in the manifest)</source>
        <translation>tệp thừa (không có trong bản kê)</translation>
    </message>
    <message>
        <source>unsafe name (“..”, an absolute path or a drive letter)</source>
        <translation>tên tệp không an toàn (chứa “..”, đường dẫn tuyệt đối hoặc ổ đĩa)</translation>
    </message>
    <message>
        <source>a symbolic link, not a real file</source>
        <translation>liên kết tượng trưng (symlink), không phải tệp thật</translation>
    </message>
    <message>
        <source>same name as another file (differs only in case or accents)</source>
        <translation>trùng tên với một tệp khác (chỉ khác chữ hoa/thường hoặc cách bỏ dấu)</translation>
    </message>
    <message>
        <source>over a safety limit (size, number of files or an abnormal compression ratio)</source>
        <translation>vượt giới hạn an toàn (dung lượng, số tệp hoặc tỷ lệ nén bất thường)</translation>
    </message>
    <message>
        <source>there is no MANIFEST.json</source>
        <translation>không có tệp MANIFEST.json</translation>
    </message>
    <message>
        <source>MANIFEST.json is damaged or not made by isodesk</source>
        <translation>tệp MANIFEST.json hỏng hoặc không phải của isodesk</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>Check a report package</source>
        <translation>Kiểm tra gói báo cáo</translation>
    </message>
    <message>
        <source>Checks every file of a package (a folder or a .zip) against its MANIFEST.json: present, same size and SHA-256, nothing extra, safe names. Run it on the USB drive before handing it over.</source>
        <translation>Kiểm tra từng tệp của gói báo cáo (thư mục hoặc tệp .zip) theo MANIFEST.json: có đủ, đúng dung lượng và mã SHA-256, không có tệp thừa, tên tệp an toàn. Nên kiểm tra gói trên USB trước khi gửi đi.</translation>
    </message>
    <message>
        <source>the package folder or .zip file</source>
        <translation>thư mục gói hoặc tệp .zip</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Thư mục…</translation>
    </message>
    <message>
        <source>.zip file…</source>
        <translation>Tệp .zip…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Thư mục gói báo cáo</translation>
    </message>
    <message>
        <source>Package .zip file</source>
        <translation>Tệp .zip của gói báo cáo</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Tệp nén zip (*.zip)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>The package is valid: {count} files checked, none missing, changed or extra.</source>
        <translation>Gói hợp lệ: đã kiểm tra {count} tệp, không thiếu, không bị sửa, không thừa.</translation>
    </message>
    <message>
        <source>{agency}, year {year}, made on {when} with isodesk {version}</source>
        <translation>{agency}, năm báo cáo {year}, lập lúc {when} bằng isodesk {version}</translation>
    </message>
    <message>
        <source>The package is NOT valid: {count} file(s) with a problem.</source>
        <translation>Gói KHÔNG hợp lệ: {count} tệp có vấn đề.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>ISO secretary</source>
        <translation>Thư ký ISO</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Chuyên gia đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Roles in the QMS</source>
        <translation>Vai trò trong HTQLCL</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Thời gian công tác</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Đã nghỉ</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Không tham gia</translation>
    </message>
    <message>
        <source>(not recorded yet)</source>
        <translation>(chưa ghi nhận)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Thu Hà</source>
        <translation>VD: Nguyễn Thị Thu Hà</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>e.g. Công chức Văn phòng - Thống kê</source>
        <translation>VD: Công chức Văn phòng - Thống kê</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Phòng ban:</translation>
    </message>
    <message>
        <source>Roles in the QMS:</source>
        <translation>Vai trò trong HTQLCL:</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>ISO secretary</source>
        <translation>Thư ký ISO</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Chuyên gia đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Auditor certificate:</source>
        <translation>Chứng chỉ đánh giá nội bộ:</translation>
    </message>
    <message>
        <source>e.g. Chứng chỉ số 215/2023, Sở KH&amp;CN Hà Tĩnh</source>
        <translation>VD: Chứng chỉ số 215/2023, Sở KH&amp;CN Hà Tĩnh</translation>
    </message>
    <message>
        <source>Seat on the steering committee:</source>
        <translation>Vai trò trong Ban Chỉ đạo ISO:</translation>
    </message>
    <message>
        <source>Appointed by decision:</source>
        <translation>Quyết định phân công:</translation>
    </message>
    <message>
        <source>Currently working here</source>
        <translation>Đang công tác tại cơ quan</translation>
    </message>
    <message>
        <source>Works here from:</source>
        <translation>Công tác tại cơ quan từ ngày:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Đến ngày:</translation>
    </message>
</context>
<context>
    <name>PlanBlock</name>
    <message>
        <source>Task</source>
        <extracomment>Trích yếu of the plan (DOMAIN.md §6.1, §12), ``{year}`` filled in. Title of the single appendix (upper-cased by the renderer). Column headings of the appendix table, verbatim. Contributed texts whose key starts with this are căn cứ lines of the plan (one line each, in key order), e.g. ``plan.bases.province_plan`` from the external-documents module. Fields of one task, in the order of the appendix columns. English labels (context &quot;PlanBlock&quot;) of the task fields, for the UI.</extracomment>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>What is done (section II)</source>
        <translation>Nội dung thực hiện (mục II)</translation>
    </message>
    <message>
        <source>Lead unit/person</source>
        <translation>Đơn vị/người chủ trì</translation>
    </message>
    <message>
        <source>In cooperation with</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Result/output</source>
        <translation>Kết quả/sản phẩm</translation>
    </message>
    <message>
        <source>Legal bases (one per line)</source>
        <extracomment>Căn cứ lines other modules contribute (``plan.bases.*`` texts, e.g. the province&apos;s ISO plan). The tasks, in the order of the year (DOMAIN.md §12). ``step_keys`` name the cycle steps a task implements (the first present gives the due date); other modules&apos; steps are matched by key.</extracomment>
        <translation>Căn cứ (mỗi dòng một căn cứ)</translation>
    </message>
    <message>
        <source>Opening paragraph</source>
        <translation>Đoạn mở đầu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>ISO steering committee</source>
        <translation>Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>ISO secretary</source>
        <translation>Thư ký ISO</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Các phòng, bộ phận</translation>
    </message>
    <message>
        <source>Closing paragraph</source>
        <translation>Đoạn kết</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận, one per line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi nhận)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Legal bases and opening</source>
        <translation>Căn cứ và mở đầu</translation>
    </message>
    <message>
        <source>I. Purpose and requirements</source>
        <translation>I. Mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>II. Tasks</source>
        <translation>II. Nội dung, nhiệm vụ</translation>
    </message>
    <message>
        <source>III. Organisation</source>
        <translation>III. Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Closing and recipients</source>
        <translation>Đoạn kết và nơi nhận</translation>
    </message>
    <message>
        <source>Each row is a numbered task of section II and a row of the appendix table. Double-click a cell to change it; empty the task name to leave the task out of the plan.</source>
        <translation>Mỗi dòng là một nhiệm vụ được đánh số ở mục II và một dòng của bảng phụ lục. Nhấp đúp vào ô để sửa; xóa tên nhiệm vụ để bỏ nhiệm vụ đó khỏi kế hoạch.</translation>
    </message>
    <message>
        <source>Restore the suggested texts of this task</source>
        <translation>Khôi phục văn bản gợi ý của nhiệm vụ này</translation>
    </message>
    <message>
        <source>QMS maintenance plan</source>
        <translation>Kế hoạch duy trì, cải tiến HTQLCL</translation>
    </message>
    <message>
        <source>QMS maintenance plan {year}</source>
        <translation>Kế hoạch duy trì, cải tiến HTQLCL năm {year}</translation>
    </message>
    <message>
        <source>Task {number}: what is done (printed in section II)</source>
        <translation>Nhiệm vụ {number}: nội dung thực hiện (in ở mục II)</translation>
    </message>
</context>
<context>
    <name>PlanTasksModel</name>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit/person</source>
        <translation>Đơn vị/người chủ trì</translation>
    </message>
    <message>
        <source>In cooperation with</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Result/output</source>
        <translation>Kết quả/sản phẩm</translation>
    </message>
    <message>
        <source>Edited. Suggested text: {text}</source>
        <translation>Đã sửa. Văn bản gợi ý: {text}</translation>
    </message>
    <message>
        <source>Taken from the plan of {year}.</source>
        <translation>Lấy từ kế hoạch năm {year}.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Xem trước bản in: {title}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Đang tạo bản in…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>The printout could not be prepared: {reason}</source>
        <translation>Không tạo được bản in: {reason}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>Không in được: {reason}</translation>
    </message>
    <message>
        <source>{count} page(s) sent to the printer.</source>
        <translation>Đã gửi {count} trang tới máy in.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Word file</source>
        <translation>Lưu tệp Word</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Không lưu được tệp.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save the printout as a PDF file</source>
        <translation>Lưu bản in thành tệp PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Save Word…</source>
        <translation>Lưu Word…</translation>
    </message>
    <message>
        <source>Save as an editable Word file</source>
        <translation>Lưu thành tệp Word để chỉnh sửa</translation>
    </message>
</context>
<context>
    <name>ProcedurePickerDialog</name>
    <message>
        <source>Assign the handling procedure</source>
        <translation>Gán quy trình giải quyết</translation>
    </message>
    <message>
        <source>Procedure handling {code} {name}:</source>
        <translation>Quy trình giải quyết TTHC {code} {name}:</translation>
    </message>
    <message>
        <source>Procedure handling the {count} selected TTHC:</source>
        <translation>Quy trình giải quyết cho {count} TTHC đang chọn:</translation>
    </message>
    <message>
        <source>Find a procedure by code or title…</source>
        <translation>Tìm quy trình theo mã số hoặc tên…</translation>
    </message>
    <message>
        <source>— no procedure (unlink) —</source>
        <translation>— không gán quy trình (bỏ liên kết) —</translation>
    </message>
    <message>
        <source>There is no procedure of the kind “TTHC handling procedure” yet. Add it in the Internal documents tab first.</source>
        <translation>Chưa có quy trình nào thuộc loại “Quy trình giải quyết TTHC”. Hãy thêm quy trình ở thẻ Tài liệu nội bộ trước.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Gán</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ProvinceCombo</name>
    <message>
        <source>Choose or type the province</source>
        <translation>Chọn hoặc nhập tỉnh, thành phố</translation>
    </message>
</context>
<context>
    <name>QualityPolicyDialog</name>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— chưa ghi —</translation>
    </message>
    <message>
        <source>In force from the year:</source>
        <translation>Áp dụng từ năm:</translation>
    </message>
    <message>
        <source>Policy text:</source>
        <translation>Nội dung chính sách:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ban hành tại:</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Nobody is recorded as ISO secretary.</source>
        <translation>Chưa ghi nhận ai là thư ký ISO.</translation>
    </message>
    <message>
        <source>The ISO steering committee has no members.</source>
        <translation>Ban Chỉ đạo ISO chưa có thành viên.</translation>
    </message>
    <message>
        <source>{count} steering committee member(s) have no deciding decision (QĐ).</source>
        <translation>{count} thành viên Ban Chỉ đạo ISO chưa có quyết định (QĐ) phân công.</translation>
    </message>
    <message>
        <source>No trained internal auditor is recorded.</source>
        <translation>Chưa ghi nhận chuyên gia đánh giá nội bộ nào đã qua đào tạo.</translation>
    </message>
    <message>
        <source>The provincial deadline of the {year} report is not set.</source>
        <translation>Chưa nhập hạn nộp báo cáo năm {year} theo kế hoạch của tỉnh.</translation>
    </message>
    <message>
        <source>{count} document(s) of {year} are dated in another year.</source>
        <translation>{count} văn bản thuộc năm {year} lại ghi ngày của năm khác.</translation>
    </message>
    <message>
        <source>{count} document(s) in force are due for review.</source>
        <translation>{count} tài liệu đang hiệu lực đến hạn rà soát.</translation>
    </message>
    <message>
        <source>{count} document(s) in force have no file (Word, PDF or scan).</source>
        <translation>{count} tài liệu đang hiệu lực chưa có tệp (Word, PDF hoặc bản quét).</translation>
    </message>
    <message>
        <source>{count} holder(s) of superseded revisions have not returned their copies ({documents} document(s)).</source>
        <translation>{count} nơi nhận chưa trả lại bản cũ đã hết hiệu lực ({documents} tài liệu).</translation>
    </message>
    <message>
        <source>{count} system procedure(s) of the framework model are missing or not in force: {names}.</source>
        <translation>{count} quy trình hệ thống theo mô hình khung còn thiếu hoặc chưa có hiệu lực: {names}.</translation>
    </message>
    <message>
        <source>No quality policy is in force.</source>
        <translation>Chưa có chính sách chất lượng đang hiệu lực.</translation>
    </message>
    <message>
        <source>The QMS has never been announced (công bố) although its scope holds {count} TTHC or field change(s).</source>
        <extracomment>How many changed items an issue lists in its params (the screen shows the rest).</extracomment>
        <translation>HTQLCL chưa từng được công bố dù phạm vi áp dụng đã có {count} TTHC hoặc lĩnh vực thay đổi.</translation>
    </message>
    <message>
        <source>The scope changed {count} time(s) after the last announcement {reference}: a re-announcement (công bố lại) is required.</source>
        <translation>Phạm vi áp dụng đã thay đổi {count} lần sau lần công bố gần nhất {reference}: cần công bố lại HTQLCL.</translation>
    </message>
    <message>
        <source>{count} announcement decision(s) are dated before the decision issuing the document set they rely on.</source>
        <translation>{count} quyết định công bố có ngày trước quyết định ban hành hệ thống tài liệu mà nó căn cứ.</translation>
    </message>
    <message>
        <source>{count} announcement decision(s) rely on no decision issuing the document set.</source>
        <translation>{count} quyết định công bố chưa căn cứ quyết định ban hành hệ thống tài liệu nào.</translation>
    </message>
    <message>
        <source>{count} abolished TTHC still have a procedure in force: withdraw or revise the procedure.</source>
        <translation>{count} TTHC đã bãi bỏ vẫn còn quy trình đang hiệu lực: hãy hủy bỏ hoặc sửa đổi quy trình.</translation>
    </message>
    <message>
        <source>{count} TTHC in force have no procedure in force covering them.</source>
        <translation>{count} TTHC đang hiệu lực chưa có quy trình giải quyết đang hiệu lực.</translation>
    </message>
    <message>
        <source>{count} replaced or expired external document(s) are still cited by a procedure in force.</source>
        <translation>{count} văn bản bên ngoài đã được thay thế hoặc hết hiệu lực vẫn đang được quy trình có hiệu lực viện dẫn.</translation>
    </message>
    <message>
        <source>No backup of the data has succeeded for {count} days or more. Open Settings → Backups and take one now; check the free space and the second folder.</source>
        <translation>Đã {count} ngày trở lên không có lần sao lưu dữ liệu nào thành công. Hãy mở Cài đặt → Sao lưu và sao lưu ngay; kiểm tra dung lượng trống và thư mục thứ hai.</translation>
    </message>
    <message>
        <source>{count} risk(s) of this year have no action to address them.</source>
        <translation>{count} rủi ro của năm nay chưa có hành động giải quyết.</translation>
    </message>
    <message>
        <source>{count} entry(ies) of the risk register have an overdue action.</source>
        <translation>{count} mục trong bảng rủi ro và cơ hội có hành động quá hạn.</translation>
    </message>
    <message>
        <source>{count} entry(ies) of the risk register have no year-end effectiveness evaluation.</source>
        <translation>{count} mục trong bảng rủi ro và cơ hội chưa được đánh giá hiệu lực cuối năm.</translation>
    </message>
    <message>
        <source>{count} entry(ies) carried from last year still wait to be reviewed (rà soát lại).</source>
        <translation>{count} mục chuyển từ năm trước vẫn chờ rà soát lại.</translation>
    </message>
    <message>
        <source>The risk register of this year is identical to last year&apos;s: review it.</source>
        <translation>Bảng rủi ro và cơ hội năm nay giống hệt năm trước: cần rà soát, cập nhật.</translation>
    </message>
    <message>
        <source>{count} quality objective(s) have no implementation plan (measures, resources, responsible, timeframe).</source>
        <translation>{count} mục tiêu chất lượng chưa có kế hoạch thực hiện (biện pháp, nguồn lực, trách nhiệm, thời gian).</translation>
    </message>
    <message>
        <source>{count} quality objective(s) copied from last year have not been reviewed.</source>
        <translation>{count} mục tiêu chất lượng sao chép từ năm trước chưa được rà soát lại.</translation>
    </message>
    <message>
        <source>{count} result(s) of quality objectives are missing for periods already over.</source>
        <translation>Thiếu {count} kết quả thực hiện mục tiêu chất lượng của các kỳ đã kết thúc.</translation>
    </message>
    <message>
        <source>{count} quality objective(s) are not achieved: analyse the causes and take action.</source>
        <translation>{count} mục tiêu chất lượng không đạt: cần phân tích nguyên nhân và có hành động khắc phục.</translation>
    </message>
    <message>
        <source>{count} department(s) in the scope of the {year} audit are not in its programme.</source>
        <translation>{count} đơn vị thuộc phạm vi đánh giá nội bộ năm {year} chưa có trong chương trình đánh giá.</translation>
    </message>
    <message>
        <source>{count} member(s) of the {year} audit team have no internal-auditor certificate.</source>
        <translation>{count} thành viên Đoàn đánh giá năm {year} chưa có chứng chỉ đánh giá viên nội bộ.</translation>
    </message>
    <message>
        <source>{count} row(s) of the {year} audit programme have an auditor auditing their own department.</source>
        <translation>{count} dòng của chương trình đánh giá năm {year} có người đánh giá chính đơn vị mình.</translation>
    </message>
    <message>
        <source>{count} nonconformity finding(s) have no corrective action form.</source>
        <translation>{count} điểm không phù hợp chưa có phiếu yêu cầu hành động khắc phục.</translation>
    </message>
    <message>
        <source>{count} corrective action(s) are overdue.</source>
        <translation>{count} hành động khắc phục đã quá hạn.</translation>
    </message>
    <message>
        <source>{count} corrective action form(s) are closed without a valid effectiveness check.</source>
        <translation>{count} phiếu yêu cầu hành động khắc phục đã đóng mà chưa được kiểm tra hiệu lực hợp lệ.</translation>
    </message>
    <message>
        <source>No TTHC results (dossiers received, resolved, late) are entered for {year}.</source>
        <extracomment>Phụ lục số 01 / Phụ lục 02 of outline B and the §6.9 satisfaction table (headings verbatim).</extracomment>
        <translation>Chưa nhập kết quả giải quyết TTHC (hồ sơ tiếp nhận, đã giải quyết, quá hạn) của năm {year}.</translation>
    </message>
    <message>
        <source>The TTHC figures of {year} do not add up: {message}.</source>
        <translation>Số liệu giải quyết TTHC năm {year} không khớp: {message}.</translation>
    </message>
    <message>
        <source>The figures per field of {count} level(s) add up to more than the level&apos;s total ({levels}).</source>
        <translation>Số liệu theo lĩnh vực của {count} cấp giải quyết cộng lại lớn hơn tổng số của cấp ({levels}).</translation>
    </message>
    <message>
        <source>Citizen satisfaction is not measured for {year} (ISO 9001 clause 9.1.2).</source>
        <translation>Chưa đo lường sự hài lòng của tổ chức, công dân năm {year} (điều khoản 9.1.2 TCVN ISO 9001:2015).</translation>
    </message>
    <message>
        <source>{count} action(s) decided by an earlier management review are still open.</source>
        <translation>{count} hành động do cuộc họp xem xét của lãnh đạo trước đề ra chưa hoàn thành.</translation>
    </message>
    <message>
        <source>The {year} management review was held before the internal audit ({date}): its results are not reviewed.</source>
        <translation>Cuộc họp xem xét của lãnh đạo năm {year} được tổ chức trước đợt đánh giá nội bộ ({date}): kết quả đánh giá chưa được xem xét.</translation>
    </message>
    <message>
        <source>{count} input(s) of the {year} management review have no data: {letters}.</source>
        <translation>{count} đầu vào của xem xét của lãnh đạo năm {year} chưa có số liệu: {letters}.</translation>
    </message>
    <message>
        <source>The annual report has not been drafted yet.</source>
        <extracomment>The contribution offer of the annual report document (built by the report module). App setting: the province&apos;s deadline for the report, ``dd/mm`` of the reporting year (used when the reporting year has no deadline of its own). From how many days before the deadline the readiness list warns. History entity of an exported package (who exported it, which errors were confirmed). Called with (step, done, total); ``step`` is one of :data:`STEPS`.</extracomment>
        <translation>Báo cáo năm chưa được soạn.</translation>
    </message>
    <message>
        <source>The TTHC figures do not add up: {details}.</source>
        <translation>Số liệu TTHC không khớp nhau: {details}.</translation>
    </message>
    <message>
        <source>A step of the year is not done: {step}</source>
        <translation>Một bước trong năm chưa hoàn thành: {step}</translation>
    </message>
    <message>
        <source>The deadline of the report ({deadline}) passed {days} day(s) ago.</source>
        <translation>Đã quá hạn gửi báo cáo ({deadline}) {days} ngày.</translation>
    </message>
    <message>
        <source>{days} day(s) left until the deadline of the report ({deadline}).</source>
        <translation>Còn {days} ngày đến hạn gửi báo cáo ({deadline}).</translation>
    </message>
    <message>
        <source>{count} issued document(s) have no attached file (scan of the signed copy); isodesk&apos;s own print goes into the package instead.</source>
        <translation>{count} văn bản đã ban hành chưa có tệp đính kèm (bản quét văn bản đã ký); gói báo cáo sẽ dùng bản in từ isodesk thay thế.</translation>
    </message>
    <message>
        <source>{count} section(s) of “{document}” are the same as the text issued in {since} (only the years changed).</source>
        <translation>{count} phần của “{document}” giống hệt văn bản đã ban hành năm {since} (chỉ đổi năm).</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall copies</source>
        <translation>Thu hồi tài liệu</translation>
    </message>
    <message>
        <source>Tick the copies taken back. Copies of revisions no longer in force are ticked already.</source>
        <translation>Đánh dấu các nơi đã thu hồi tài liệu. Các bản thuộc lần ban hành đã hết hiệu lực đã được đánh dấu sẵn.</translation>
    </message>
    <message>
        <source>{holder} – {copies} copy(ies) of revision {number}, given on {date}</source>
        <translation>{holder} – {copies} bản lần ban hành {number}, giao ngày {date}</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Tick at least one copy to recall.</source>
        <translation>Hãy đánh dấu ít nhất một nơi cần thu hồi.</translation>
    </message>
    <message>
        <source>Recalled on:</source>
        <translation>Ngày thu hồi:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Record title: *</source>
        <translation>Tên hồ sơ: *</translation>
    </message>
    <message>
        <source>Code: *</source>
        <translation>Ký hiệu: *</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Đề mục:</translation>
    </message>
    <message>
        <source>The heading (đề mục) the record is listed under in the printed form</source>
        <translation>Đề mục mà hồ sơ được xếp vào trong Danh mục hồ sơ khi in</translation>
    </message>
    <message>
        <source>Kept by department:</source>
        <translation>Bộ phận lưu:</translation>
    </message>
    <message>
        <source>Kept by (person):</source>
        <translation>Người lập hồ sơ:</translation>
    </message>
    <message>
        <source>Place kept:</source>
        <translation>Nơi lưu:</translation>
    </message>
    <message>
        <source>Retention period: *</source>
        <translation>Thời hạn bảo quản: *</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Vĩnh viễn</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>Thêm hồ sơ</translation>
    </message>
    <message>
        <source>Edit record {code}</source>
        <translation>Sửa hồ sơ {code}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <source>Kept as:</source>
        <translation>Hình thức lưu:</translation>
    </message>
    <message>
        <source>Kept in years:</source>
        <translation>Lưu trong các năm:</translation>
    </message>
    <message>
        <source>always</source>
        <translation>luôn có</translation>
    </message>
    <message>
        <source>First year this record is kept (leave at “always” if it always was)</source>
        <translation>Năm bắt đầu lập hồ sơ này (để “luôn có” nếu đã có từ trước)</translation>
    </message>
    <message>
        <source>still kept</source>
        <translation>vẫn lưu</translation>
    </message>
    <message>
        <source>Last year this record was kept (leave at “still kept” if it still is)</source>
        <translation>Năm cuối cùng còn lập hồ sơ này (để “vẫn lưu” nếu vẫn đang lập)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>RecordSentDialog</name>
    <message>
        <source>Record the report as sent</source>
        <translation>Ghi nhận báo cáo đã gửi</translation>
    </message>
    <message>
        <source>Report: {summary}</source>
        <translation>Báo cáo: {summary}</translation>
    </message>
    <message>
        <source>The report is numbered in the register of issued documents and frozen: later changes of the data no longer change what was sent.</source>
        <translation>Báo cáo được cấp số trong sổ văn bản đã ban hành và được khóa: các thay đổi dữ liệu sau này không làm thay đổi nội dung đã gửi.</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Ghi nhận đã gửi</translation>
    </message>
    <message>
        <source>Cited as: Báo cáo số {reference}</source>
        <translation>Trích dẫn: Báo cáo số {reference}</translation>
    </message>
</context>
<context>
    <name>RecordsPrintDialog</name>
    <message>
        <source>(none: leave the line to fill in by hand)</source>
        <translation>(không chọn: để trống dòng này để ghi tay)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Print the records list</source>
        <translation>In danh mục hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Attached to &amp;decision:</source>
        <translation>Kèm theo &amp;quyết định:</translation>
    </message>
    <message>
        <source>Issued decisions of the register; register the decision there first if it is missing</source>
        <translation>Các quyết định đã ban hành trong sổ văn bản; nếu chưa có, hãy vào sổ văn bản để ghi quyết định trước</translation>
    </message>
    <message>
        <source>The list is printed “Kèm theo Quyết định số …” with the number and date of the decision chosen. Without one, that line is left blank to be filled in by hand.</source>
        <translation>Danh mục được in dòng “Kèm theo Quyết định số …” với số và ngày của quyết định đã chọn. Nếu không chọn, dòng này để trống để ghi tay.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Records list</source>
        <translation>Danh mục hồ sơ</translation>
    </message>
    <message>
        <source>Add record…</source>
        <translation>Thêm hồ sơ…</translation>
    </message>
    <message>
        <source>Add a line to the records list</source>
        <translation>Thêm một hồ sơ vào danh mục hồ sơ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Every change made to this line</source>
        <translation>Mọi thay đổi đã thực hiện với hồ sơ này</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Add lines from an Excel list</source>
        <translation>Thêm hồ sơ từ một danh mục Excel</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Write the lines shown to an Excel file</source>
        <translation>Ghi các hồ sơ đang hiển thị ra tệp Excel</translation>
    </message>
    <message>
        <source>Print records list…</source>
        <translation>In Danh mục hồ sơ…</translation>
    </message>
    <message>
        <source>Preview and print the DANH MỤC HỒ SƠ form (NĐ 30) of the selected year</source>
        <translation>Xem trước và in Danh mục hồ sơ (mẫu NĐ 30) của năm đang chọn</translation>
    </message>
    <message>
        <source>Search by code, title, heading or place…</source>
        <translation>Tìm ký hiệu, tên hồ sơ, nơi lưu…</translation>
    </message>
    <message>
        <source>Only the records kept in this year</source>
        <translation>Chỉ các hồ sơ được lập trong năm này</translation>
    </message>
    <message>
        <source>Department keeping the records</source>
        <translation>Bộ phận lưu hồ sơ</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Thời hạn bảo quản</translation>
    </message>
    <message>
        <source>All years</source>
        <extracomment>Columns hidden while no line uses them (the screen is narrow at 1366 × 768).</extracomment>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Kept in {year}</source>
        <translation>Lưu trong năm {year}</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Any retention</source>
        <translation>Mọi thời hạn</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Vĩnh viễn</translation>
    </message>
    <message>
        <source>Limited period</source>
        <translation>Có thời hạn</translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation>Giấy hoặc điện tử</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} hồ sơ</translation>
    </message>
    <message>
        <source>{shown} of {count} records</source>
        <translation>{shown}/{count} hồ sơ</translation>
    </message>
    <message>
        <source>{count} permanent</source>
        <translation>{count} hồ sơ vĩnh viễn</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Remove “{code} – {title}” from the records list? To stop keeping it from some year on, edit it and set the last year instead, so earlier lists still show it.</source>
        <translation>Xóa “{code} – {title}” khỏi danh mục hồ sơ? Nếu chỉ thôi lập hồ sơ này từ một năm nào đó, hãy sửa và ghi năm cuối cùng, để danh mục các năm trước vẫn còn hồ sơ này.</translation>
    </message>
    <message>
        <source>{code} was removed from the list.</source>
        <translation>Đã xóa {code} khỏi danh mục.</translation>
    </message>
    <message>
        <source>History of {code} – {title}</source>
        <translation>Lịch sử của {code} – {title}</translation>
    </message>
    <message>
        <source>{count} record(s) added to the list.</source>
        <translation>Đã thêm {count} hồ sơ vào danh mục.</translation>
    </message>
    <message>
        <source>The Excel file was not written.</source>
        <translation>Chưa xuất được tệp Excel.</translation>
    </message>
    <message>
        <source>{count} record(s) exported to {path}.</source>
        <translation>Đã xuất {count} hồ sơ ra {path}.</translation>
    </message>
    <message>
        <source>Records list {year}</source>
        <translation>Danh mục hồ sơ năm {year}</translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>Record title</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Bộ phận/Người lưu</translation>
    </message>
    <message>
        <source>Place kept</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Thời hạn bảo quản</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Hình thức lưu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Đề mục</translation>
    </message>
    <message>
        <source>Years kept</source>
        <translation>Các năm lưu</translation>
    </message>
</context>
<context>
    <name>RegisterNumberDialog</name>
    <message>
        <source>{type}: {summary}</source>
        <translation>{type}: {summary}</translation>
    </message>
    <message>
        <source>Cited as: {type} số {reference}</source>
        <translation>Trích dẫn: {type} số {reference}</translation>
    </message>
    <message>
        <source>Register the document number</source>
        <translation>Cấp số văn bản</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Numbers run from 01 on 1 January for each issuing body (Decree 30/2020, Article 15). The next free number is proposed.</source>
        <translation>Số văn bản của mỗi cơ quan ban hành bắt đầu từ 01 vào ngày 01 tháng 01 hằng năm (Điều 15 Nghị định 30/2020/NĐ-CP). Số kế tiếp còn trống được đề xuất sẵn.</translation>
    </message>
</context>
<context>
    <name>RegisterSpec</name>
    <message>
        <source>Internal documents</source>
        <extracomment>Files that count as &quot;the document has its text on file&quot; (the distribution scan does not). Danh mục tài liệu nội bộ: ``TT | Mã số | Tên tài liệu | Loại | Đơn vị chủ trì | Lần ban hành | Ngày hiệu lực | Tình trạng | Ghi chú`` in Excel (the exporter adds TT); the screen adds the next review, the printed list groups by kind.</extracomment>
        <translation>Tài liệu nội bộ</translation>
    </message>
    <message>
        <source>Records list</source>
        <extracomment>Values of the records list&apos;s &quot;retention&quot; filter. Danh mục hồ sơ: ``TT | Tên hồ sơ | Ký hiệu/Mã hồ sơ | Bộ phận/Người lưu | Nơi lưu | Thời gian lưu (thời hạn bảo quản) | Hình thức lưu (giấy/điện tử) | Ghi chú`` in Excel (DOMAIN.md §6.6; the exporter adds TT). The printed NĐ 30 form of a year (Phụ lục V) has its own fixed columns (``reports.printouts``).</extracomment>
        <translation>Danh mục hồ sơ</translation>
    </message>
    <message>
        <source>External documents</source>
        <extracomment>Lĩnh vực offered in the field box; the field stays free text (provinces name them differently). Danh mục tài liệu bên ngoài (DOMAIN.md §6.5); the exporter adds the &quot;TT&quot; column itself. &quot;Lĩnh vực&quot; is appended after the §6.5 columns: the generic exporter writes no group-heading rows, so the field travels as a column and an exported list re-imports without losing it (group headings such as &quot;I. HỘ TỊCH&quot; in hand-made files are read as the field too). The lĩnh vực group of rows that name none, on the printed lists.</extracomment>
        <translation>Tài liệu bên ngoài</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <extracomment>Cấp of a TTHC as the province&apos;s danh mục writes it (free text; offered in the box). ids of the uncovered TTHC that were amended after their procedure&apos;s revision in force took effect: they have a procedure, but it must be revised (&quot;cần sửa đổi quy trình&quot;). Danh mục TTHC thuộc thẩm quyền giải quyết; the exporter adds the &quot;TT&quot; column itself. &quot;Quy trình giải quyết&quot; holds the covering procedure&apos;s mã số (or its title) and is matched against the internal documents on import.</extracomment>
        <translation>Thủ tục hành chính (TTHC)</translation>
    </message>
    <message>
        <source>Risks and opportunities</source>
        <extracomment>Khả năng xảy ra and mức độ ảnh hưởng are graded 1–3; their names as forms write them. Source kinds of the link point: what raised or updated an entry (the audit module fills it). Due soon: an open action whose deadline is within this many days. Column headings of Phụ lục 2 verbatim; &quot; / &quot; separates a parent heading from its sub-heading (two header rows: &quot;Rủi ro&quot; over &quot;Thấp&quot;, &quot;Cao&quot;, &quot;Rất cao&quot;). Widths in millimetres on landscape A4 (297 − 20 − 15 = 262 mm of text width less a margin).</extracomment>
        <translation>Rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <extracomment>Builder keys of the objectives&apos; drafted documents (the decision and the year-end evaluation).</extracomment>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <extracomment>Clauses of TCVN ISO 9001:2015 an audit covers (DOMAIN.md §6.11, customary TCVN wording): (number, title, usually excluded by public agencies). Data, not code: the scope picks from it. Clauses in scope by default: all but the customary exclusion (8.3). Clauses the leadership / ISO office answers for; every other clause is audited in each department. How a finding&apos;s type is written in a file (the first text of each type is what isodesk writes).</extracomment>
        <translation>Phát hiện đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Sổ theo dõi sự không phù hợp</translation>
    </message>
    <message>
        <source>TTHC results</source>
        <extracomment>First day without districts (two-tier local government, DOMAIN.md §4). Periods: the whole reporting year, a quarter or a month (stored codes → Vietnamese labels). The count fields of a TthcResult (what the storage, the import and the sums handle alike).</extracomment>
        <translation>Kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Issued QMS documents</source>
        <extracomment>Translation context of the issued-documents headers (kept from the register&apos;s former own model).</extracomment>
        <translation>Văn bản HTQLCL đã ban hành</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Phòng, bộ phận</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Subordinate units (Appendix I)</source>
        <extracomment>Text keys and table keys the report module contributes itself. The document offer of the report (the package helper builds it by this key: keep it). The text the report module contributes naming the year&apos;s outline (``key — name``), for the package manifest. The drafted-document key of the report. Placeholders of an outline&apos;s texts besides figure keys. A parenthesised reference to an appendix the report does not have (&quot;(Phụ lục I kèm theo)&quot;) is dropped with its brackets, so the body never points at a missing appendix (DOMAIN.md §7 rule 8). Scores go in steps of 0,1 or of 0,25 (0,3 and 0,75 are scores; 0,35 and 1,33 are not).</extracomment>
        <translation>Đơn vị trực thuộc (Phụ lục I)</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Show every record again</source>
        <translation>Hiện lại tất cả</translation>
    </message>
    <message>
        <source>Showing only the {count} records to look at  ✕</source>
        <translation>Chỉ hiện {count} mục cần xem  ✕</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Đã xuất ra {path}</translation>
    </message>
    <message>
        <source>Cannot export the list</source>
        <translation>Không xuất được danh mục</translation>
    </message>
</context>
<context>
    <name>ReplaceExternalDialog</name>
    <message>
        <source>Replaced by another text</source>
        <translation>Bị thay thế</translation>
    </message>
    <message>
        <source>Amended or supplemented</source>
        <translation>Bị sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <source>In force (undo the marking)</source>
        <translation>Còn hiệu lực (bỏ đánh dấu)</translation>
    </message>
    <message>
        <source>Amended by:</source>
        <translation>Văn bản sửa đổi:</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>Văn bản thay thế:</translation>
    </message>
    <message>
        <source>The status was saved. {count} internal procedure(s) in force cite this text and must be reviewed (and revised if needed):</source>
        <translation>Đã lưu tình trạng hiệu lực. Có {count} quy trình nội bộ còn hiệu lực trích dẫn văn bản này, cần rà soát (và sửa đổi nếu cần):</translation>
    </message>
    <message>
        <source>The status was saved. No internal procedure in force cites this text: nothing to review.</source>
        <translation>Đã lưu tình trạng hiệu lực. Không có quy trình nội bộ còn hiệu lực nào trích dẫn văn bản này: không cần rà soát.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Procedures to review</source>
        <translation>Quy trình cần rà soát</translation>
    </message>
    <message>
        <source>Change legal status</source>
        <translation>Đổi tình trạng hiệu lực</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Tình trạng mới:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Replaced or amended by:</source>
        <translation>Văn bản thay thế, sửa đổi:</translation>
    </message>
    <message>
        <source>Pick the new text from the list, or type its type and number if it is not in the list yet.</source>
        <translation>Chọn văn bản mới trong danh mục, hoặc gõ tên loại và số, ký hiệu nếu văn bản chưa có trong danh mục.</translation>
    </message>
    <message>
        <source>Open these procedures</source>
        <translation>Mở các quy trình này</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Opening, closing and recipients</source>
        <translation>Mở đầu, kết thúc và nơi nhận</translation>
    </message>
    <message>
        <source>Annual report</source>
        <extracomment>Changed figures listed above the tabs (the rest are counted), so the report keeps its room. Item data of a note cell: the note printed when the secretary typed none. The frame blocks&apos; section key (see services/report/report_document.py).</extracomment>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>Đề cương:</translation>
    </message>
    <message>
        <source>Record as sent…</source>
        <translation>Ghi nhận đã gửi…</translation>
    </message>
    <message>
        <source>Unfreeze…</source>
        <translation>Mở khóa…</translation>
    </message>
    <message>
        <source>Export the package…</source>
        <translation>Xuất gói báo cáo…</translation>
    </message>
    <message>
        <source>Check the year, then write the report, its appendices and the evidence with their SHA-256 list to a folder or USB drive</source>
        <translation>Kiểm tra năm báo cáo, rồi ghi báo cáo, các phụ lục và hồ sơ minh chứng cùng bản kê mã SHA-256 vào một thư mục hoặc USB</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Figures of this section (double-click to open the records)</source>
        <translation>Số liệu của mục này (nhấp đúp để mở các bản ghi)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Suggested from the data</source>
        <translation>Gợi ý từ dữ liệu</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>Lưu điểm</translation>
    </message>
    <message>
        <source>Self-scoring</source>
        <translation>Tự chấm điểm</translation>
    </message>
    <message>
        <source>Subordinate units (Appendix I)</source>
        <translation>Đơn vị trực thuộc (Phụ lục I)</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Báo cáo năm {year}</translation>
    </message>
    <message>
        <source>Unchanged since {year}</source>
        <translation>Giống năm {year}</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Đã có nội dung</translation>
    </message>
    <message>
        <source>Empty — to write</source>
        <translation>Trống — cần viết</translation>
    </message>
    <message>
        <source>Not offered by any module ({key})</source>
        <translation>Chưa có phân hệ nào cung cấp ({key})</translation>
    </message>
    <message>
        <source>{count} record(s): double-click to open them</source>
        <translation>{count} bản ghi: nhấp đúp để mở</translation>
    </message>
    <message>
        <source>To write: {hint}</source>
        <translation>Cần viết: {hint}</translation>
    </message>
    <message>
        <source>Cannot change the outline</source>
        <translation>Không đổi được đề cương</translation>
    </message>
    <message>
        <source>The outline of this year has no self-scoring criteria.</source>
        <translation>Đề cương năm nay không có bộ tiêu chí tự chấm điểm.</translation>
    </message>
    <message>
        <source>Self-scoring by {decision} ({province}; total {max} points).</source>
        <translation>Tự chấm điểm theo {decision} ({province}; tổng {max} điểm).</translation>
    </message>
    <message>
        <source>Evidence: {hint}</source>
        <translation>Minh chứng: {hint}</translation>
    </message>
    <message>
        <source>Total: {total}/{max} points</source>
        <translation>Tổng: {total}/{max} điểm</translation>
    </message>
    <message>
        <source>Cannot save the scores</source>
        <translation>Không lưu được điểm</translation>
    </message>
    <message>
        <source>Sent as report no. {number} of {date}: frozen. What was sent is kept as it was.</source>
        <translation>Đã gửi là Báo cáo số {number} ngày {date}: đã khóa. Nội dung đã gửi được giữ nguyên.</translation>
    </message>
    <message>
        <source>{label}: sent {sent}, now {now}</source>
        <translation>{label}: đã báo cáo {sent}, hiện nay {now}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} số liệu khác</translation>
    </message>
    <message>
        <source>The data changed since then:</source>
        <translation>Dữ liệu đã thay đổi từ khi gửi:</translation>
    </message>
    <message>
        <source>No figure has changed since.</source>
        <translation>Chưa có số liệu nào thay đổi từ khi gửi.</translation>
    </message>
    <message>
        <source>Unfreeze the report</source>
        <translation>Mở khóa báo cáo</translation>
    </message>
    <message>
        <source>Unfreeze the {year} report that was recorded as sent?

Its texts and figures will follow the data again. Do this only to correct and send the report again; the unfreezing is recorded in the change history.</source>
        <translation>Mở khóa báo cáo năm {year} đã ghi nhận gửi?

Nội dung và số liệu sẽ lại theo dữ liệu hiện tại. Chỉ làm việc này khi cần sửa và gửi lại báo cáo; việc mở khóa được ghi vào lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Cannot unfreeze the report</source>
        <translation>Không mở khóa được báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportUnitDialog</name>
    <message>
        <source>Edit subordinate unit</source>
        <translation>Sửa đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Add subordinate unit</source>
        <translation>Thêm đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Subordinate unit</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>One row of Appendix I of the report: the unit&apos;s own QMS decisions and its number of guides and procedures.</source>
        <translation>Một dòng của Phụ lục I của báo cáo: các quyết định về HTQLCL của đơn vị và số lượng hướng dẫn, quy trình.</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <source>e.g. Trung tâm Công nghệ thông tin</source>
        <translation>ví dụ: Trung tâm Công nghệ thông tin</translation>
    </message>
    <message>
        <source>Decision issuing the system:</source>
        <translation>QĐ ban hành hệ thống:</translation>
    </message>
    <message>
        <source>e.g. 94/QĐ-TTCNTT ngày 11/12/2023</source>
        <translation>ví dụ: 94/QĐ-TTCNTT ngày 11/12/2023</translation>
    </message>
    <message>
        <source>Internal audit date:</source>
        <translation>Ngày đánh giá nội bộ:</translation>
    </message>
    <message>
        <source>Decision announcing the system:</source>
        <translation>QĐ công bố hệ thống:</translation>
    </message>
    <message>
        <source>e.g. 95/QĐ-TTCNTT ngày 11/12/2023</source>
        <translation>ví dụ: 95/QĐ-TTCNTT ngày 11/12/2023</translation>
    </message>
    <message>
        <source>Guides:</source>
        <translation>Hướng dẫn:</translation>
    </message>
    <message>
        <source>Internal procedures:</source>
        <translation>Quy trình nội bộ:</translation>
    </message>
    <message>
        <source>TTHC procedures:</source>
        <translation>Quy trình TTHC:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>ReportUnits</name>
    <message>
        <source>Unit</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Decision issuing the system</source>
        <translation>QĐ ban hành hệ thống</translation>
    </message>
    <message>
        <source>Internal audit date</source>
        <translation>Ngày đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Decision announcing the system</source>
        <translation>QĐ công bố hệ thống</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Internal procedures</source>
        <translation>Quy trình nội bộ</translation>
    </message>
    <message>
        <source>TTHC procedures</source>
        <translation>Quy trình TTHC</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReportUnitsTab</name>
    <message>
        <source>Search unit, decision…</source>
        <translation>Tìm đơn vị, quyết định…</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Copy the {count} units of {year}</source>
        <translation>Sao chép {count} đơn vị của năm {year}</translation>
    </message>
    <message>
        <source>Cannot copy the units</source>
        <translation>Không sao chép được các đơn vị</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} units</source>
        <translation>Đang hiện {shown}/{total} đơn vị</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Delete “{name}” from Appendix I of {year}?</source>
        <translation>Xóa “{name}” khỏi Phụ lục I năm {year}?</translation>
    </message>
    <message>
        <source>Cannot delete the unit</source>
        <translation>Không xóa được đơn vị</translation>
    </message>
    <message>
        <source>Subordinate units</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>{count} unit(s) added.</source>
        <translation>Đã thêm {count} đơn vị.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>issued documents</source>
        <extracomment>The main registers counted in a backup, by table (the order of domain.restore.MAIN_REGISTERS).</extracomment>
        <translation>văn bản đi</translation>
    </message>
    <message>
        <source>internal documents</source>
        <translation>tài liệu nội bộ</translation>
    </message>
    <message>
        <source>records</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>external documents</source>
        <translation>văn bản bên ngoài</translation>
    </message>
    <message>
        <source>administrative procedures</source>
        <translation>thủ tục hành chính</translation>
    </message>
    <message>
        <source>people</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>phòng ban</translation>
    </message>
    <message>
        <source>attached files</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>risks and opportunities</source>
        <translation>rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>quality objectives</source>
        <translation>mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>internal audits</source>
        <translation>cuộc đánh giá nội bộ</translation>
    </message>
    <message>
        <source>nonconformities</source>
        <translation>điểm không phù hợp</translation>
    </message>
    <message>
        <source>TTHC results</source>
        <translation>kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>tạo thủ công</translation>
    </message>
    <message>
        <source>before an Excel import</source>
        <translation>trước khi nhập từ Excel</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before closing the year</source>
        <translation>trước khi khóa sổ năm</translation>
    </message>
    <message>
        <source>damaged: it does not pass the integrity check</source>
        <translation>bị hỏng: không qua được kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>not an isodesk backup</source>
        <translation>không phải bản sao lưu isodesk</translation>
    </message>
    <message>
        <source>made by a newer isodesk</source>
        <translation>do phiên bản isodesk mới hơn tạo ra</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>không có bản ghi nào</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>good, older version (upgraded on restore)</source>
        <translation>tốt, phiên bản cũ (được nâng cấp khi khôi phục)</translation>
    </message>
    <message>
        <source>no agency entered</source>
        <translation>chưa có thông tin cơ quan</translation>
    </message>
    <message>
        <source>There is no backup of this data file yet. Backups are taken automatically at the first start of each day and before an import or a restore.</source>
        <translation>Chưa có bản sao lưu nào của tệp dữ liệu này. Bản sao lưu được tạo tự động ở lần mở đầu tiên mỗi ngày và trước mỗi lần nhập dữ liệu hay khôi phục.</translation>
    </message>
    <message>
        <source>Choose a backup in the list.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách.</translation>
    </message>
    <message>
        <source>Taken on: {when} ({reason})</source>
        <translation>Sao lưu lúc: {when} ({reason})</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Cơ quan: {name}</translation>
    </message>
    <message>
        <source>Holds: {counts}</source>
        <translation>Gồm: {counts}</translation>
    </message>
    <message>
        <source>Data version: {revision}</source>
        <translation>Phiên bản dữ liệu: {revision}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Tệp: {path}</translation>
    </message>
    <message>
        <source>Attached files missing from the attachments folder ({count}): {names}</source>
        <translation>Tệp đính kèm không có trong thư mục tệp đính kèm ({count}): {names}</translation>
    </message>
    <message>
        <source>Found in the second backup folder.</source>
        <translation>Nằm trong thư mục sao lưu thứ hai.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problem}.</source>
        <translation>Bản sao lưu này không khôi phục được: {problem}.</translation>
    </message>
    <message>
        <source>Restoring replaces the data now in {file} with the data of {when}. The current data is backed up automatically first, so this restore can be undone from that backup; attached files are kept.</source>
        <translation>Khôi phục sẽ thay dữ liệu hiện có trong {file} bằng dữ liệu lúc {when}. Dữ liệu hiện tại được sao lưu tự động trước, nên có thể hoàn tác lần khôi phục này từ bản sao lưu đó; các tệp đính kèm được giữ nguyên.</translation>
    </message>
    <message>
        <source>The backup was made by an earlier version of isodesk; it is upgraded as it is restored.</source>
        <translation>Bản sao lưu do phiên bản isodesk cũ hơn tạo ra; dữ liệu sẽ được nâng cấp khi khôi phục.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Choose the backup to return to. The list shows the backups of this data file in the data folder and in the second backup folder, newest first.</source>
        <translation>Chọn bản sao lưu muốn quay về. Danh sách gồm các bản sao lưu của tệp dữ liệu này trong thư mục dữ liệu và trong thư mục sao lưu thứ hai, mới nhất ở trên.</translation>
    </message>
    <message>
        <source>What the chosen backup holds</source>
        <translation>Nội dung của bản sao lưu đã chọn</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Edit TTHC results</source>
        <extracomment>Counts are typed and shown the Vietnamese way (1.512), whatever the computer&apos;s locale.</extracomment>
        <translation>Sửa kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <source>Enter TTHC results</source>
        <translation>Nhập kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <source>Computed: total received {total} (carried over {carried} + in period {received}); resolved {resolved}; pending {pending}. Resolved on time: {on_time}; received online: {online}.</source>
        <translation>Tính từ số liệu: tổng tiếp nhận {total} (tồn kỳ trước {carried} + tiếp nhận trong kỳ {received}); đã giải quyết {resolved}; chưa giải quyết {pending}. Giải quyết trước hạn và đúng hạn: {on_time}; tiếp nhận trực tuyến: {online}.</translation>
    </message>
    <message>
        <source>The counts do not add up; they cannot be saved:</source>
        <translation>Số liệu không khớp, chưa thể lưu:</translation>
    </message>
    <message>
        <source>The counts add up.</source>
        <translation>Số liệu khớp.</translation>
    </message>
    <message>
        <source>TTHC results of a period</source>
        <translation>Kết quả giải quyết TTHC của một kỳ</translation>
    </message>
    <message>
        <source>Period and level</source>
        <translation>Kỳ báo cáo và cấp giải quyết</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp giải quyết:</translation>
    </message>
    <message>
        <source>Field (optional):</source>
        <translation>Lĩnh vực (nếu có):</translation>
    </message>
    <message>
        <source>Empty: all fields of the level</source>
        <translation>Để trống: mọi lĩnh vực của cấp</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Total received (as reported):</source>
        <translation>Tổng số hồ sơ tiếp nhận (theo báo cáo):</translation>
    </message>
    <message>
        <source>Carried over:</source>
        <translation>Tồn kỳ trước:</translation>
    </message>
    <message>
        <source>Received in period (as reported):</source>
        <translation>Tiếp nhận trong kỳ (theo báo cáo):</translation>
    </message>
    <message>
        <source>Received online:</source>
        <translation>Tiếp nhận trực tuyến:</translation>
    </message>
    <message>
        <source>In person, by post:</source>
        <translation>Trực tiếp, bưu chính:</translation>
    </message>
    <message>
        <source>Resolved (as reported):</source>
        <translation>Đã giải quyết (theo báo cáo):</translation>
    </message>
    <message>
        <source>Resolved before due:</source>
        <translation>Giải quyết trước hạn:</translation>
    </message>
    <message>
        <source>Resolved on due date:</source>
        <translation>Giải quyết đúng hạn:</translation>
    </message>
    <message>
        <source>Resolved late:</source>
        <translation>Giải quyết quá hạn:</translation>
    </message>
    <message>
        <source>Pending (as reported):</source>
        <translation>Chưa giải quyết (theo báo cáo):</translation>
    </message>
    <message>
        <source>Pending, in time:</source>
        <translation>Chưa giải quyết, trong hạn:</translation>
    </message>
    <message>
        <source>Pending, overdue:</source>
        <translation>Chưa giải quyết, quá hạn:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Trả lại:</translation>
    </message>
    <message>
        <source>Suspended:</source>
        <translation>Tạm dừng:</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>Đã hủy:</translation>
    </message>
    <message>
        <source>Digitisation (leave empty when not recorded)</source>
        <translation>Số hóa (để trống nếu không theo dõi)</translation>
    </message>
    <message>
        <source>Documents partly digitised:</source>
        <translation>Có số hóa thành phần hồ sơ:</translation>
    </message>
    <message>
        <source>Fully digitised:</source>
        <translation>Số hóa đầy đủ thành phần:</translation>
    </message>
    <message>
        <source>Result digitised:</source>
        <translation>Có số hóa kết quả:</translation>
    </message>
    <message>
        <source>Result not digitised:</source>
        <translation>Chưa số hóa kết quả:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra số liệu</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Resolved on time</source>
        <translation>Giải quyết trước hạn và đúng hạn</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <source>Citizens satisfied</source>
        <translation>Tổ chức, công dân hài lòng</translation>
    </message>
    <message>
        <source>Administrative procedure results and citizen satisfaction</source>
        <translation>Kết quả giải quyết TTHC và mức độ hài lòng</translation>
    </message>
    <message>
        <source>TTHC results</source>
        <translation>Kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Trend over the years</source>
        <translation>Diễn biến qua các năm</translation>
    </message>
    <message>
        <source>No figures yet: enter the TTHC results or import them from Excel.</source>
        <translation>Chưa có số liệu: nhập kết quả giải quyết TTHC hoặc nhập từ Excel.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp giải quyết</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Total received</source>
        <translation>Tổng tiếp nhận</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Tồn kỳ trước</translation>
    </message>
    <message>
        <source>Received in period</source>
        <translation>Tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>In person, by post</source>
        <translation>Trực tiếp, bưu chính</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Before due</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On due date</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chưa giải quyết</translation>
    </message>
    <message>
        <source>Pending, in time</source>
        <translation>Chưa giải quyết trong hạn</translation>
    </message>
    <message>
        <source>Pending, overdue</source>
        <translation>Chưa giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Documents partly digitised</source>
        <translation>Có số hóa thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Fully digitised</source>
        <translation>Số hóa đầy đủ</translation>
    </message>
    <message>
        <source>Result digitised</source>
        <translation>Có số hóa kết quả</translation>
    </message>
    <message>
        <source>Result not digitised</source>
        <translation>Chưa số hóa kết quả</translation>
    </message>
    <message>
        <source>Field or TTHC</source>
        <translation>Lĩnh vực/TTHC</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Forms handed out</source>
        <translation>Phiếu phát ra</translation>
    </message>
    <message>
        <source>Ratings collected</source>
        <translation>Phiếu thu về</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng/Tốt</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng/Chấp nhận được</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
</context>
<context>
    <name>ReviewActionDialog</name>
    <message>
        <source>New decision or action</source>
        <translation>Thêm quyết định, hành động</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>Quyết định, hành động</translation>
    </message>
    <message>
        <source>Content / decision:</source>
        <translation>Nội dung/quyết định:</translation>
    </message>
    <message>
        <source>Kind (clause 9.3.3):</source>
        <translation>Loại (mục 9.3.3):</translation>
    </message>
    <message>
        <source>Department, person responsible:</source>
        <translation>Đơn vị, người thực hiện:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation>Ngày hoàn thành:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Periodic review</source>
        <translation>Rà soát định kỳ</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Ngày rà soát:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Người rà soát:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Still fit for use – no change needed</source>
        <translation>Giữ nguyên – tài liệu vẫn phù hợp</translation>
    </message>
    <message>
        <source>Needs revising – open a draft of the next revision</source>
        <translation>Cần sửa đổi – mở dự thảo lần ban hành tiếp theo</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Periodic review of {code}</source>
        <translation>Rà soát định kỳ {code}</translation>
    </message>
    <message>
        <source>The review is due on {date}.</source>
        <translation>Hạn rà soát là ngày {date}.</translation>
    </message>
    <message>
        <source>{code} – {title}, revision {number} in force from {date}. {due}</source>
        <translation>{code} – {title}, lần ban hành {number} có hiệu lực từ {date}. {due}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Cơ hội cải tiến</translation>
    </message>
    <message>
        <source>Change to the QMS (incl. re-announcement)</source>
        <translation>Thay đổi HTQLCL (kể cả công bố lại)</translation>
    </message>
    <message>
        <source>Resource needs</source>
        <translation>Nhu cầu nguồn lực</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
</context>
<context>
    <name>ReviewsTableModel</name>
    <message>
        <source>Reviewed on</source>
        <translation>Ngày rà soát</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Người rà soát</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revision</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>Drafted by:</source>
        <translation>Người soạn thảo:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Người xem xét:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Người phê duyệt:</translation>
    </message>
    <message>
        <source>Issuing decision:</source>
        <translation>Quyết định ban hành:</translation>
    </message>
    <message>
        <source>The decision (Quyết định) of the issued-documents register that puts this revision in force</source>
        <translation>Quyết định (trong sổ văn bản đã ban hành) đưa lần ban hành này vào hiệu lực</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>Ngày hiệu lực:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Tóm tắt:</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Theo dõi sửa đổi</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>New revision {number} of {code}</source>
        <translation>Lần ban hành mới {number} của {code}</translation>
    </message>
    <message>
        <source>Revision {number} of {code}</source>
        <translation>Lần ban hành {number} của {code}</translation>
    </message>
    <message>
        <source>Issue revision {number} of {code}</source>
        <translation>Ban hành lần {number} của {code}</translation>
    </message>
    <message>
        <source>{code} – {title} · revision {number} · {status}</source>
        <translation>{code} – {title} · lần ban hành {number} · {status}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Decisions of the issued-documents register; register the decision there first if it is missing</source>
        <translation>Các quyết định trong sổ văn bản đã ban hành; nếu chưa có, hãy vào sổ văn bản trước</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Lần sửa đổi</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Effective from: *</source>
        <translation>Ngày hiệu lực: *</translation>
    </message>
    <message>
        <source>Issuing decision: *</source>
        <translation>Quyết định ban hành: *</translation>
    </message>
    <message>
        <source>Approved by: *</source>
        <translation>Người phê duyệt: *</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Tạo dự thảo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
</context>
<context>
    <name>RevisionsTableModel</name>
    <message>
        <source>Revision</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>Issuing decision</source>
        <translation>QĐ ban hành</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Soạn thảo</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Out of force on</source>
        <translation>Hết hiệu lực ngày</translation>
    </message>
</context>
<context>
    <name>RiskEntryDialog</name>
    <message>
        <source>Edit risk or opportunity</source>
        <extracomment>Columns of the actions table: what, who, deadline, status, done on.</extracomment>
        <translation>Sửa rủi ro, cơ hội</translation>
    </message>
    <message>
        <source>Add risk or opportunity</source>
        <translation>Thêm rủi ro, cơ hội</translation>
    </message>
    <message>
        <source>— computed or none —</source>
        <translation>— tính từ ma trận hoặc không có —</translation>
    </message>
    <message>
        <source>Likelihood —</source>
        <translation>Khả năng xảy ra —</translation>
    </message>
    <message>
        <source>Impact —</source>
        <translation>Mức độ ảnh hưởng —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không —</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Phát sinh từ</translation>
    </message>
    <message>
        <source>Risk or opportunity</source>
        <translation>Rủi ro, cơ hội</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Issue / process:</source>
        <translation>Vấn đề/quá trình:</translation>
    </message>
    <message>
        <source>Expected impact:</source>
        <translation>Nhận định tác động dự kiến:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Likelihood × impact:</source>
        <translation>Khả năng × ảnh hưởng:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Mức độ rủi ro:</translation>
    </message>
    <message>
        <source>Opportunity (benefit):</source>
        <translation>Cơ hội (lợi ích):</translation>
    </message>
    <message>
        <source>Target set:</source>
        <translation>Mục tiêu đề ra:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Phòng, bộ phận:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Quy trình:</translation>
    </message>
    <message>
        <source>TTHC field:</source>
        <translation>Lĩnh vực TTHC:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Actions to address it:</source>
        <translation>Hành động để giải quyết rủi ro, cơ hội:</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Thêm hành động</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Xóa hành động</translation>
    </message>
    <message>
        <source>Deadlines and dates as dd/mm/yyyy.</source>
        <translation>Thời hạn và ngày nhập theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>RiskEvaluationDialog</name>
    <message>
        <source>Effectiveness evaluation</source>
        <translation>Đánh giá hiệu lực</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>What was observed:</source>
        <translation>Nội dung ghi nhận:</translation>
    </message>
    <message>
        <source>Evaluated by:</source>
        <translation>Người đánh giá:</translation>
    </message>
    <message>
        <source>Evaluated on:</source>
        <translation>Ngày đánh giá:</translation>
    </message>
</context>
<context>
    <name>RiskMap</name>
    <message>
        <source>Internal</source>
        <extracomment>Colours of the three levels on the map and in the list (light fill, strong text).</extracomment>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Bên ngoài</translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation>Các bên quan tâm</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Rất cao</translation>
    </message>
</context>
<context>
    <name>RiskMapCard</name>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Risks {year}: {count} open, {high} high or very high</source>
        <translation>Rủi ro năm {year}: {count} đang theo dõi, {high} mức cao hoặc rất cao</translation>
    </message>
</context>
<context>
    <name>RiskMatrixDialog</name>
    <message>
        <source>Risk level matrix</source>
        <translation>Ma trận mức độ rủi ro</translation>
    </message>
    <message>
        <source>Likelihood \ Impact</source>
        <translation>Khả năng xảy ra \ Mức độ ảnh hưởng</translation>
    </message>
    <message>
        <source>The level of a risk graded by likelihood (rows) × impact (columns). Levels already recorded are kept; the matrix applies to entries saved from now on.</source>
        <translation>Mức độ rủi ro theo khả năng xảy ra (hàng) × mức độ ảnh hưởng (cột). Mức độ đã ghi nhận được giữ nguyên; ma trận áp dụng cho các mục lưu từ nay.</translation>
    </message>
</context>
<context>
    <name>RisksScreen</name>
    <message>
        <source>Risks and opportunities</source>
        <translation>Rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Bảng rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>Plan for risks and opportunities</source>
        <translation>Kế hoạch giải quyết rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>I. Purpose and requirements</source>
        <translation>I. Mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>II. Content</source>
        <translation>II. Nội dung</translation>
    </message>
    <message>
        <source>III. Organisation</source>
        <translation>III. Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Search issue, impact, actions…</source>
        <translation>Tìm vấn đề, tác động, hành động…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>Overdue actions only</source>
        <translation>Chỉ mục có hành động quá hạn</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Đánh giá hiệu lực…</translation>
    </message>
    <message>
        <source>Close / reopen</source>
        <translation>Đóng/mở lại</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Carry forward from last year</source>
        <translation>Chuyển từ năm trước</translation>
    </message>
    <message>
        <source>Import Excel…</source>
        <translation>Nhập Excel…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Print appendix…</source>
        <translation>In phụ lục…</translation>
    </message>
    <message>
        <source>Level matrix…</source>
        <translation>Ma trận mức độ…</translation>
    </message>
    <message>
        <source>Likelihood × impact → risk level, as the agency grades its risks</source>
        <translation>Khả năng xảy ra × mức độ ảnh hưởng → mức độ rủi ro, theo cách cơ quan phân loại rủi ro</translation>
    </message>
    <message>
        <source>No reporting year yet. Add one under Settings → Reporting years.</source>
        <translation>Chưa có năm báo cáo. Hãy thêm trong Cài đặt → Năm báo cáo.</translation>
    </message>
    <message>
        <source>Year {year}: showing {shown} of {total} entries · {risks} risk(s), {chances} opportunity(ies)</source>
        <translation>Năm {year}: hiển thị {shown}/{total} mục · {risks} rủi ro, {chances} cơ hội</translation>
    </message>
    <message>
        <source>{count} with an overdue action</source>
        <translation>{count} mục có hành động quá hạn</translation>
    </message>
    <message>
        <source>{count} to review (carried from last year)</source>
        <translation>{count} mục cần rà soát lại (chuyển từ năm trước)</translation>
    </message>
    <message>
        <source>The register of {year} is empty: add entries, import an Excel table or carry last year&apos;s register forward.</source>
        <translation>Bảng rủi ro và cơ hội năm {year} chưa có mục nào: hãy thêm mới, nhập từ Excel hoặc chuyển từ năm trước.</translation>
    </message>
    <message>
        <source>Cannot change the entry</source>
        <translation>Không thể thay đổi mục này</translation>
    </message>
    <message>
        <source>Delete “{issue}” and its actions from the register of {year}? If it is simply no longer relevant, close it instead: the register then keeps its history.</source>
        <translation>Xóa “{issue}” cùng các hành động khỏi bảng năm {year}? Nếu mục này chỉ không còn phù hợp, hãy đóng mục thay vì xóa để giữ lại lịch sử.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Cannot delete the entry</source>
        <translation>Không thể xóa mục này</translation>
    </message>
    <message>
        <source>Carry the open entries of {previous} into the register of {year}? Each is marked “to review”; finished actions stay behind, open ones are carried as not done. Entries already carried are not carried twice.</source>
        <translation>Chuyển các mục đang theo dõi của năm {previous} sang bảng năm {year}? Mỗi mục được đánh dấu “rà soát lại”; hành động đã hoàn thành không chuyển, hành động còn dở được chuyển ở trạng thái chưa thực hiện. Mục đã chuyển sẽ không chuyển lần nữa.</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Chuyển sang năm mới</translation>
    </message>
    <message>
        <source>Cannot carry the register forward</source>
        <translation>Không thể chuyển bảng sang năm mới</translation>
    </message>
    <message>
        <source>{count} entry(ies) carried from {previous}; review each of them.</source>
        <translation>Đã chuyển {count} mục từ năm {previous}; hãy rà soát lại từng mục.</translation>
    </message>
    <message>
        <source>Year {year} (updated on {date})</source>
        <translation>Năm {year} (cập nhật đến ngày {date})</translation>
    </message>
    <message>
        <source>Cannot export the register</source>
        <translation>Không thể xuất bảng ra Excel</translation>
    </message>
    <message>
        <source>Risks and opportunities of {year}</source>
        <translation>Rủi ro và cơ hội năm {year}</translation>
    </message>
    <message>
        <source>{count} entry(ies) imported.</source>
        <translation>Đã nhập {count} mục.</translation>
    </message>
    <message>
        <source>Cannot print the register</source>
        <translation>Không thể in bảng</translation>
    </message>
</context>
<context>
    <name>RisksTableModel</name>
    <message>
        <source>Issue / process</source>
        <translation>Vấn đề/quá trình</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>Nhận định tác động dự kiến</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Rất cao</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hành động giải quyết</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu đề ra</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Mức độ rủi ro</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Thời hạn gần nhất</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>An action of this entry is overdue.</source>
        <extracomment>Colours of overdue, to-review and closed rows (the level colours are the map&apos;s, ui/widgets/risk_map.py).</extracomment>
        <translation>Mục này có hành động quá hạn.</translation>
    </message>
    <message>
        <source>Carried from last year: review it (rà soát lại).</source>
        <translation>Chuyển từ năm trước: cần rà soát lại.</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <source>{count} survey(s)</source>
        <translation>{count} kỳ khảo sát</translation>
    </message>
    <message>
        <source>{year}: satisfied or better {rate}; {comments} comment(s)</source>
        <translation>Năm {year}: hài lòng trở lên {rate}; {comments} ý kiến góp ý</translation>
    </message>
    <message>
        <source>Delete the satisfaction figures of {period} {year} and their comments?</source>
        <translation>Xóa kết quả khảo sát sự hài lòng {period} năm {year} và các ý kiến góp ý kèm theo?</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
</context>
<context>
    <name>ScopeTab</name>
    <message>
        <source>TTHC newly announced</source>
        <translation>TTHC công bố mới</translation>
    </message>
    <message>
        <source>TTHC amended</source>
        <translation>TTHC sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>TTHC abolished</source>
        <translation>TTHC bãi bỏ</translation>
    </message>
    <message>
        <source>field added to the scope</source>
        <translation>lĩnh vực được bổ sung vào phạm vi</translation>
    </message>
    <message>
        <source>field taken out of the scope</source>
        <translation>lĩnh vực được đưa ra khỏi phạm vi</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Re-announcement</source>
        <translation>Công bố lại</translation>
    </message>
    <message>
        <source>Field…</source>
        <translation>Lĩnh vực…</translation>
    </message>
    <message>
        <source>No decision announcing the QMS has been recorded yet.</source>
        <translation>Chưa ghi nhận quyết định công bố HTQLCL nào.</translation>
    </message>
    <message>
        <source>Last announcement: {kind} {reference} — {fields} field(s), {tthc} TTHC.</source>
        <translation>Lần công bố gần nhất: {kind} theo Quyết định số {reference} — {fields} lĩnh vực, {tthc} TTHC.</translation>
    </message>
    <message>
        <source>Scope today: {fields} field(s), {tthc} TTHC in force.</source>
        <translation>Phạm vi hiện nay: {fields} lĩnh vực, {tthc} TTHC đang áp dụng.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>Issuing the document set</source>
        <translation>Ban hành hệ thống tài liệu</translation>
    </message>
    <message>
        <source>{fields} field(s), {tthc} TTHC</source>
        <translation>{fields} lĩnh vực, {tthc} TTHC</translation>
    </message>
    <message>
        <source>{covered} of the {tthc} TTHC had a procedure.</source>
        <translation>{covered}/{tthc} TTHC đã có quy trình.</translation>
    </message>
    <message>
        <source>Announcement (scope not recorded)</source>
        <translation>Công bố (chưa ghi nhận phạm vi)</translation>
    </message>
    <message>
        <source>Record an announcement…</source>
        <translation>Ghi nhận công bố / công bố lại…</translation>
    </message>
    <message>
        <source>The QMS has not been announced yet: record the decision announcing that it conforms to TCVN ISO 9001:2015.</source>
        <translation>HTQLCL chưa được công bố: hãy ghi nhận quyết định công bố HTQLCL phù hợp TCVN ISO 9001:2015.</translation>
    </message>
    <message>
        <source>… and {count} more change(s)</source>
        <translation>… và {count} thay đổi khác</translation>
    </message>
    <message>
        <source>Record the re-announcement…</source>
        <translation>Ghi nhận công bố lại…</translation>
    </message>
    <message>
        <source>Show these TTHC</source>
        <translation>Xem các TTHC này</translation>
    </message>
    <message>
        <source>The scope changed {count} time(s) after the last announcement {reference}. Under Khoản 3 Điều 4 of Decision 19/2014/QĐ-TTg the agency must re-announce the QMS (công bố lại).</source>
        <translation>Phạm vi áp dụng đã thay đổi {count} lần sau lần công bố gần nhất ({reference}). Theo Khoản 3 Điều 4 Quyết định 19/2014/QĐ-TTg, cơ quan phải công bố lại HTQLCL.</translation>
    </message>
    <message>
        <source>The announcement {reference} is dated before the decision issuing the document set it relies on ({basis}): the announcement must come after it. Correct the dates in the register or choose another decision.</source>
        <translation>Quyết định công bố {reference} có ngày trước quyết định ban hành hệ thống tài liệu làm căn cứ ({basis}): công bố phải sau ban hành. Hãy sửa ngày trong sổ văn bản hoặc chọn quyết định ban hành khác.</translation>
    </message>
    <message>
        <source>Choose another decision…</source>
        <translation>Chọn quyết định khác…</translation>
    </message>
    <message>
        <source>The announcement {reference} relies on no decision issuing the document set.</source>
        <translation>Quyết định công bố {reference} chưa có căn cứ là quyết định ban hành hệ thống tài liệu.</translation>
    </message>
    <message>
        <source>Choose the decision…</source>
        <translation>Chọn quyết định…</translation>
    </message>
    <message>
        <source>{count} abolished TTHC still have a handling procedure in force: withdraw the procedure or revise it.</source>
        <translation>{count} TTHC đã bãi bỏ nhưng quy trình giải quyết vẫn còn hiệu lực: cần bãi bỏ hoặc sửa đổi quy trình.</translation>
    </message>
    <message>
        <source>Open the procedures</source>
        <translation>Mở các quy trình</translation>
    </message>
    <message>
        <source>{count} TTHC in force have no handling procedure in force ({percent} covered).</source>
        <translation>{count} TTHC đang áp dụng chưa có quy trình giải quyết còn hiệu lực (đã có quy trình: {percent}).</translation>
    </message>
    <message>
        <source>No warning: the scope matches the last announcement.</source>
        <translation>Không có cảnh báo: phạm vi áp dụng khớp với lần công bố gần nhất.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Take “{field}” out of the scope from {date}? This changes the scope: the QMS must then be re-announced.</source>
        <translation>Đưa lĩnh vực “{field}” ra khỏi phạm vi áp dụng từ ngày {date}? Phạm vi thay đổi nên sau đó phải công bố lại HTQLCL.</translation>
    </message>
    <message>
        <source>Take the field out of the scope</source>
        <translation>Đưa lĩnh vực ra khỏi phạm vi</translation>
    </message>
    <message>
        <source>Take it out</source>
        <translation>Đưa ra</translation>
    </message>
    <message>
        <source>Remove the scope recorded with {reference}? The decision stays in the register; it will no longer count as an announcement.</source>
        <translation>Bỏ phạm vi đã ghi nhận kèm Quyết định {reference}? Quyết định vẫn còn trong sổ văn bản nhưng sẽ không được tính là một lần công bố.</translation>
    </message>
    <message>
        <source>Remove the record</source>
        <translation>Bỏ ghi nhận</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ ghi nhận</translation>
    </message>
    <message>
        <source>Cannot remove the record</source>
        <translation>Không bỏ được ghi nhận</translation>
    </message>
    <message>
        <source>Scope and announcement</source>
        <translation>Phạm vi áp dụng và công bố</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Fields in the scope</source>
        <translation>Lĩnh vực thuộc phạm vi áp dụng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>TTHC</source>
        <translation>Số TTHC</translation>
    </message>
    <message>
        <source>Also show the fields taken out of the scope</source>
        <translation>Hiện cả các lĩnh vực đã đưa ra khỏi phạm vi</translation>
    </message>
    <message>
        <source>on</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <source>Add to the scope</source>
        <translation>Đưa vào phạm vi</translation>
    </message>
    <message>
        <source>Take the selected field out</source>
        <translation>Đưa lĩnh vực đang chọn ra</translation>
    </message>
    <message>
        <source>Decisions issuing the document set and announcing the QMS</source>
        <translation>Quyết định ban hành hệ thống tài liệu và công bố HTQLCL</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Scope announced</source>
        <translation>Phạm vi đã công bố</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Change the decision it relies on…</source>
        <translation>Đổi quyết định ban hành làm căn cứ…</translation>
    </message>
    <message>
        <source>Forget the scope recorded with this decision (the decision stays in the register)</source>
        <translation>Bỏ phạm vi đã ghi nhận kèm quyết định này (quyết định vẫn giữ trong sổ văn bản)</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>ISO steering committee</source>
        <translation>Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Reporting years</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Correct this version (for a new name from a date, use “Rename or merge…”)</source>
        <translation>Sửa thông tin của giai đoạn này (nếu cơ quan có tên mới từ một ngày, dùng “Đổi tên/sáp nhập…”)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Rename or merge…</source>
        <translation>Đổi tên/sáp nhập…</translation>
    </message>
    <message>
        <source>The agency has a new name or structure from a date; older documents keep the old name</source>
        <translation>Cơ quan có tên gọi hoặc tổ chức mới từ một ngày; các văn bản trước đó vẫn giữ tên cũ</translation>
    </message>
    <message>
        <source>Names over time</source>
        <translation>Tên cơ quan qua các thời kỳ</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Thêm phòng ban</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>Departments are never deleted: old records still name them</source>
        <translation>Phòng ban không bị xóa vì hồ sơ cũ vẫn ghi tên phòng ban đó</translation>
    </message>
    <message>
        <source>Show departments no longer used</source>
        <translation>Hiện cả phòng ban đã ngừng sử dụng</translation>
    </message>
    <message>
        <source>Search name, position, department or role…</source>
        <translation>Tìm theo họ tên, chức vụ, phòng ban hoặc vai trò…</translation>
    </message>
    <message>
        <source>Show people who have left</source>
        <translation>Hiện cả cán bộ đã nghỉ</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Đánh dấu đã nghỉ</translation>
    </message>
    <message>
        <source>People are never deleted: their signatures and roles stay on record</source>
        <translation>Cán bộ không bị xóa vì chữ ký và vai trò của họ vẫn còn trong hồ sơ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>The Ban Chỉ đạo ISO directs the quality management system. Each member is appointed by a decision (QĐ) kept in the register of issued documents.</source>
        <translation>Ban Chỉ đạo ISO chỉ đạo việc xây dựng, áp dụng, duy trì và cải tiến HTQLCL. Mỗi thành viên được phân công theo một quyết định (QĐ) được lưu trong sổ văn bản đã ban hành.</translation>
    </message>
    <message>
        <source>Record a new decision…</source>
        <translation>Ghi quyết định mới…</translation>
    </message>
    <message>
        <source>Apply to all members</source>
        <translation>Áp dụng cho tất cả thành viên</translation>
    </message>
    <message>
        <source>Record that every current member was appointed by this decision</source>
        <translation>Ghi nhận tất cả thành viên hiện tại được phân công theo quyết định này</translation>
    </message>
    <message>
        <source>Deciding decision:</source>
        <translation>Quyết định kiện toàn:</translation>
    </message>
    <message>
        <source>Add to the committee</source>
        <translation>Thêm vào Ban</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove from the committee</source>
        <translation>Rút khỏi Ban</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Add reporting year</source>
        <translation>Thêm kỳ báo cáo</translation>
    </message>
    <message>
        <source>The period of a year is the data cut-off of its annual report (usually 15/12 of the previous year to 14/12). The deadline comes from the provincial plan.</source>
        <translation>Kỳ báo cáo là thời gian chốt số liệu của báo cáo năm (thường từ 15/12 năm trước đến 14/12). Hạn nộp theo kế hoạch của tỉnh.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>The new language is used the next time isodesk starts. Documents and reports are always written in Vietnamese.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần mở isodesk tiếp theo. Văn bản và báo cáo luôn được lập bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>Only deletions</source>
        <translation>Chỉ các lần xóa</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Loại bản ghi:</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>đến {date}</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hiện hành</translation>
    </message>
    <message>
        <source>Editing the details valid from {date} ({until}). Choose another line under “Names over time” to correct it.</source>
        <translation>Đang sửa thông tin áp dụng từ ngày {date} ({until}). Chọn một dòng khác trong “Tên cơ quan qua các thời kỳ” để sửa giai đoạn đó.</translation>
    </message>
    <message>
        <source>(no decision on the steering committee in the register yet)</source>
        <translation>(sổ văn bản chưa có quyết định về Ban Chỉ đạo ISO)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tất cả bản ghi</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Sử dụng lại</translation>
    </message>
    <message>
        <source>Working here again</source>
        <translation>Đánh dấu đang công tác</translation>
    </message>
    <message>
        <source>The agency details were saved.</source>
        <translation>Đã lưu thông tin cơ quan.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>{name} is marked as having left; tick “Show people who have left” to see them.</source>
        <translation>Đã đánh dấu {name} đã nghỉ; chọn “Hiện cả cán bộ đã nghỉ” để xem lại.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Lịch sử thay đổi của {name}</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Remove {name} from the ISO steering committee?</source>
        <translation>Rút {name} khỏi Ban Chỉ đạo ISO?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The deleted record was restored.</source>
        <translation>Đã khôi phục bản ghi bị xóa.</translation>
    </message>
    <message>
        <source>Restore the deleted record ({what}) exactly as it was?</source>
        <translation>Khôi phục bản ghi đã xóa ({what}) đúng như trước khi xóa?</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>internal documents with their revisions, distribution and reviews, and the records list</source>
        <extracomment>What isodesk keeps, by the module that provides it: the welcome page names only modules that are installed, so it grows as modules land (risks, objectives, audits, reviews, the annual report…).</extracomment>
        <translation>tài liệu nội bộ cùng các lần ban hành, phân phối và rà soát; danh mục hồ sơ</translation>
    </message>
    <message>
        <source>the external documents (legal texts) the procedures rely on</source>
        <translation>tài liệu có nguồn gốc bên ngoài (văn bản pháp luật) mà các quy trình viện dẫn</translation>
    </message>
    <message>
        <source>the administrative procedures (TTHC) in scope and the announcement of conformity</source>
        <translation>các thủ tục hành chính (TTHC) thuộc phạm vi áp dụng và việc công bố hệ thống phù hợp</translation>
    </message>
    <message>
        <source>the register of issued QMS documents (decisions, plans, reports)</source>
        <translation>sổ văn bản HTQLCL đã ban hành (quyết định, kế hoạch, báo cáo)</translation>
    </message>
    <message>
        <source>the yearly QMS maintenance plan, drafted from your data in the layout of Decree 30/2020</source>
        <translation>kế hoạch duy trì HTQLCL hằng năm, soạn sẵn từ dữ liệu của bạn theo thể thức Nghị định 30/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>the register of risks and opportunities and the plan to address them</source>
        <translation>bảng nhận diện rủi ro và cơ hội cùng kế hoạch giải quyết</translation>
    </message>
    <message>
        <source>the quality policy, the quality objectives of the year and their results</source>
        <translation>chính sách chất lượng, mục tiêu chất lượng của năm và kết quả thực hiện</translation>
    </message>
    <message>
        <source>internal audits (team, schedule, findings) and nonconformities with their corrective actions</source>
        <translation>đánh giá nội bộ (đoàn đánh giá, chương trình, phát hiện) và điểm không phù hợp với hành động khắc phục</translation>
    </message>
    <message>
        <source>the results of administrative procedures and citizen satisfaction</source>
        <translation>kết quả giải quyết thủ tục hành chính và sự hài lòng của tổ chức, công dân</translation>
    </message>
    <message>
        <source>the management review, its inputs assembled from all of the above</source>
        <translation>xem xét của lãnh đạo, với đầu vào tổng hợp từ tất cả các nội dung trên</translation>
    </message>
    <message>
        <source>daily backups, restore, and the handover to a new ISO secretary in one checked file</source>
        <translation>sao lưu hằng ngày, khôi phục và bàn giao cho thư ký ISO mới bằng một tệp được kiểm tra</translation>
    </message>
    <message>
        <source>Receive a handover from a file…</source>
        <translation>Nhận bàn giao từ tệp…</translation>
    </message>
    <message>
        <source>The previous ISO secretary wrote a .isodesk handover file: receive it instead of starting from nothing. Every file in it is checked first.</source>
        <translation>Thư ký ISO trước đã lập tệp bàn giao .isodesk: hãy nhận tệp đó thay vì nhập lại từ đầu. Mọi tệp trong đó được kiểm tra trước.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Seat on the committee</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <source>Also add the starter documents (sample procedures and forms to adapt)</source>
        <translation>Thêm bộ tài liệu mẫu (các quy trình, biểu mẫu mẫu để chỉnh sửa)</translation>
    </message>
    <message>
        <source>isodesk keeps your agency&apos;s ISO 9001 quality management system on this computer:</source>
        <translation>isodesk lưu giữ hệ thống quản lý chất lượng ISO 9001 của cơ quan ngay trên máy tính này:</translation>
    </message>
    <message>
        <source>isodesk user</source>
        <translation>Người dùng isodesk</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Chưa lưu gì:</translation>
    </message>
    <message>
        <source>Starter documents</source>
        <translation>Tài liệu mẫu</translation>
    </message>
    <message>
        <source>Receive a handover</source>
        <translation>Nhận bàn giao</translation>
    </message>
    <message>
        <source>isodesk handover (*.isodesk)</source>
        <translation>Tệp bàn giao isodesk (*.isodesk)</translation>
    </message>
    <message>
        <source>{agency}: {outgoing} hands over to {incoming} on {day}. {files} files were checked against their SHA-256. Receive this data and continue as the ISO secretary?</source>
        <translation>{agency}: {outgoing} bàn giao cho {incoming} ngày {day}. Đã kiểm tra {files} tệp theo mã SHA-256. Nhận dữ liệu này và tiếp tục với vai trò thư ký ISO?</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Không tham gia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Governing agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Dates will read</source>
        <translation>Ngày tháng ghi trên văn bản</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>áp dụng từ ngày</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Chưa có thành viên</translation>
    </message>
    <message>
        <source>Deciding decision: Decision No. {reference} — {summary}</source>
        <translation>Quyết định thành lập, kiện toàn Ban: Quyết định số {reference} — {summary}</translation>
    </message>
    <message>
        <source>Deciding decision: not entered yet (you can add it later).</source>
        <translation>Quyết định thành lập, kiện toàn Ban: chưa nhập (có thể bổ sung sau).</translation>
    </message>
    <message>
        <source>Reporting year {year}</source>
        <translation>Kỳ báo cáo năm {year}</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Kỳ báo cáo: từ {start} đến {end}</translation>
    </message>
    <message>
        <source>Report deadline: {date}</source>
        <translation>Hạn nộp báo cáo: {date}</translation>
    </message>
    <message>
        <source>It will be saved in the register of issued documents.</source>
        <translation>Quyết định sẽ được ghi vào sổ văn bản đã ban hành.</translation>
    </message>
    <message>
        <source>Will be registered as: Decision No. {reference}</source>
        <translation>Sẽ được ghi vào sổ là: Quyết định số {reference}</translation>
    </message>
    <message>
        <source>Set up isodesk</source>
        <translation>Thiết lập isodesk</translation>
    </message>
    <message>
        <source>Welcome to isodesk</source>
        <translation>Chào mừng bạn đến với isodesk</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Finish, and you can change everything later under Settings.</source>
        <translation>Dữ liệu chỉ được lưu khi bạn bấm Hoàn tất, và mọi thông tin đều có thể sửa lại sau tại mục Cài đặt.</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>How your agency is named on its documents. The name, place name, province and abbreviation are required.</source>
        <translation>Cách ghi tên cơ quan trên văn bản. Bắt buộc nhập tên cơ quan, tỉnh, địa danh và chữ viết tắt.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>The departments of your agency, suggested from the kind of agency. Correct, add or remove rows.</source>
        <translation>Danh sách phòng ban được gợi ý theo loại cơ quan. Hãy sửa, thêm hoặc bớt cho đúng với cơ quan.</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Tên phòng ban</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Thêm phòng ban</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Use the suggested list</source>
        <translation>Dùng danh sách gợi ý</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>Cán bộ và vai trò</translation>
    </message>
    <message>
        <source>At least the head of the agency and the ISO secretary; add the internal auditors with their certificate. Everyone else can be added later.</source>
        <translation>Nhập ít nhất người đứng đầu cơ quan và thư ký ISO; chuyên gia đánh giá nội bộ cần ghi chứng chỉ. Cán bộ khác có thể bổ sung sau.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>ISO secretary</source>
        <translation>Thư ký ISO</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Chuyên gia ĐGNB</translation>
    </message>
    <message>
        <source>Auditor certificate</source>
        <translation>Chứng chỉ ĐGNB</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>ISO steering committee</source>
        <translation>Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>&lt;p&gt;In six short steps you enter:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;your agency and how it is named on documents;&lt;/li&gt;&lt;li&gt;its departments;&lt;/li&gt;&lt;li&gt;the people with a role in the quality management system;&lt;/li&gt;&lt;li&gt;the ISO steering committee and the decision that set it up;&lt;/li&gt;&lt;li&gt;the current reporting year;&lt;/li&gt;&lt;li&gt;and check a summary before anything is saved.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Qua sáu bước ngắn, bạn sẽ:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;nhập thông tin cơ quan và cách ghi tên cơ quan trên văn bản;&lt;/li&gt;&lt;li&gt;nhập các phòng ban;&lt;/li&gt;&lt;li&gt;nhập cán bộ có vai trò trong hệ thống quản lý chất lượng;&lt;/li&gt;&lt;li&gt;nhập Ban Chỉ đạo ISO và quyết định thành lập, kiện toàn Ban;&lt;/li&gt;&lt;li&gt;nhập kỳ báo cáo hiện tại;&lt;/li&gt;&lt;li&gt;xem lại bản tóm tắt trước khi lưu.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose each member&apos;s seat and enter the decision that set up the committee. If there is no decision yet, leave it empty and add it later.</source>
        <translation>Chọn vai trò của từng thành viên và nhập quyết định thành lập, kiện toàn Ban. Nếu chưa có quyết định, hãy để trống và bổ sung sau.</translation>
    </message>
    <message>
        <source>Deciding decision</source>
        <translation>Quyết định thành lập, kiện toàn Ban</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>e.g. Về việc kiện toàn Ban Chỉ đạo ISO</source>
        <translation>VD: Về việc kiện toàn Ban Chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>The year you are working on now. Its period is the data cut-off of the annual report.</source>
        <translation>Năm bạn đang thực hiện. Kỳ báo cáo là thời gian chốt số liệu của báo cáo năm.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Period to:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>Use the usual period (15/12 – 14/12)</source>
        <translation>Dùng kỳ thông thường (15/12 – 14/12)</translation>
    </message>
    <message>
        <source>Report deadline:</source>
        <translation>Hạn nộp báo cáo:</translation>
    </message>
    <message>
        <source>Annual reports of state agencies usually cover 15 December of the previous year to 14 December. The deadline is set each year by the provincial plan of the Department of Science and Technology; leave it empty if it is not known yet.</source>
        <translation>Báo cáo năm của cơ quan hành chính thường tính từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12. Hạn nộp do kế hoạch hằng năm của Sở Khoa học và Công nghệ quy định; nếu chưa biết, hãy để trống.</translation>
    </message>
    <message>
        <source>Check and finish</source>
        <translation>Kiểm tra và hoàn tất</translation>
    </message>
    <message>
        <source>This is what will be saved. Go back to correct anything, or click Finish to save it all at once.</source>
        <translation>Đây là những thông tin sẽ được lưu. Bấm Quay lại để sửa, hoặc bấm Hoàn tất để lưu tất cả cùng lúc.</translation>
    </message>
</context>
<context>
    <name>SteeringTableModel</name>
    <message>
        <source>Seat</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Appointed by decision</source>
        <translation>Quyết định phân công</translation>
    </message>
    <message>
        <source>(no decision recorded)</source>
        <translation>(chưa có quyết định)</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Due: {date}</source>
        <translation>Hạn: {date}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>và {count} mục khác</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Edit citizen satisfaction</source>
        <translation>Sửa kết quả khảo sát sự hài lòng</translation>
    </message>
    <message>
        <source>Enter citizen satisfaction</source>
        <translation>Nhập kết quả khảo sát sự hài lòng</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến góp ý</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>Cách xử lý, trả lời</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>{count} ratings; satisfied or better: {rate}.</source>
        <translation>{count} phiếu đánh giá; hài lòng trở lên: {rate}.</translation>
    </message>
    <message>
        <source>Citizen satisfaction of a period</source>
        <translation>Mức độ hài lòng của một kỳ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Field or TTHC:</source>
        <translation>Lĩnh vực/TTHC:</translation>
    </message>
    <message>
        <source>Empty: the whole agency</source>
        <translation>Để trống: toàn cơ quan</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Forms handed out:</source>
        <translation>Số phiếu phát ra:</translation>
    </message>
    <message>
        <source>Ratings collected (as reported):</source>
        <translation>Số phiếu thu về (theo báo cáo):</translation>
    </message>
    <message>
        <source>Very satisfied / good:</source>
        <translation>Rất hài lòng/Tốt:</translation>
    </message>
    <message>
        <source>Satisfied / acceptable:</source>
        <translation>Hài lòng/Chấp nhận được:</translation>
    </message>
    <message>
        <source>Dissatisfied:</source>
        <translation>Không hài lòng:</translation>
    </message>
    <message>
        <source>Comments (ý kiến góp ý) and how they were handled:</source>
        <translation>Ý kiến góp ý và việc xử lý:</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Thêm ý kiến</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ ý kiến</translation>
    </message>
</context>
<context>
    <name>TthcDialog</name>
    <message>
        <source>Administrative procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>TTHC code:</source>
        <translation>Mã TTHC:</translation>
    </message>
    <message>
        <source>as on the national database, e.g. 1.001193.000.00.00.H12</source>
        <translation>theo Cơ sở dữ liệu quốc gia, ví dụ: 1.001193.000.00.00.H12</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên thủ tục:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp thực hiện:</translation>
    </message>
    <message>
        <source>Announcing decision:</source>
        <translation>Quyết định công bố:</translation>
    </message>
    <message>
        <source>number of the province&apos;s decision, e.g. 1295/QĐ-UBND</source>
        <translation>số quyết định của UBND tỉnh, ví dụ: 1295/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision dated:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>In the scope from:</source>
        <translation>Áp dụng từ ngày:</translation>
    </message>
    <message>
        <source>Leave empty to use the date of the decision</source>
        <translation>Để trống thì lấy ngày của quyết định công bố</translation>
    </message>
    <message>
        <source>Handling procedure:</source>
        <translation>Quy trình giải quyết:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Changes recorded:</source>
        <translation>Các biến động đã ghi nhận:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Edit administrative procedure</source>
        <translation>Sửa thông tin TTHC</translation>
    </message>
    <message>
        <source>Add administrative procedure (newly announced)</source>
        <translation>Thêm TTHC (công bố mới)</translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation>— chưa có —</translation>
    </message>
    <message>
        <source>A new TTHC enters the scope of the QMS on the date of its announcing decision (or the date given).</source>
        <translation>TTHC mới được đưa vào phạm vi áp dụng HTQLCL từ ngày của quyết định công bố (hoặc từ ngày được ghi).</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} từ ngày {date}</translation>
    </message>
</context>
<context>
    <name>TthcEventDialog</name>
    <message>
        <source>Record a change of TTHC</source>
        <translation>Ghi nhận biến động TTHC</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Biến động:</translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation>Áp dụng từ ngày:</translation>
    </message>
    <message>
        <source>Province&apos;s decision:</source>
        <translation>Quyết định của UBND tỉnh:</translation>
    </message>
    <message>
        <source>e.g. 1295/QĐ-UBND</source>
        <translation>ví dụ: 1295/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision dated:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>only if the decision renamed the procedure</source>
        <translation>chỉ ghi khi quyết định đổi tên thủ tục</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>A change of the TTHC changes the scope of the QMS: remember to re-announce it (công bố lại) and to review the procedure.</source>
        <translation>Biến động TTHC làm thay đổi phạm vi áp dụng HTQLCL: nhớ công bố lại và rà soát quy trình giải quyết.</translation>
    </message>
    <message>
        <source>Amended or supplemented (sửa đổi, bổ sung)</source>
        <translation>Sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>Abolished (bãi bỏ)</source>
        <translation>Bãi bỏ</translation>
    </message>
    <message>
        <source>TTHC:</source>
        <translation>TTHC:</translation>
    </message>
    <message>
        <source>The change applies to these {count} TTHC:</source>
        <translation>Biến động áp dụng cho {count} TTHC sau:</translation>
    </message>
    <message>
        <source>Amend TTHC</source>
        <translation>Sửa đổi, bổ sung TTHC</translation>
    </message>
    <message>
        <source>Abolish TTHC</source>
        <translation>Bãi bỏ TTHC</translation>
    </message>
    <message>
        <source>{code} is already abolished.</source>
        <translation>TTHC {code} đã bị bãi bỏ.</translation>
    </message>
    <message>
        <source>{code} has a change recorded on {date}, after this date.</source>
        <translation>TTHC {code} đã có biến động ghi nhận ngày {date}, sau ngày này.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Chưa ghi nhận gì.</translation>
    </message>
</context>
<context>
    <name>TthcResultsTab</name>
    <message>
        <source>{count} set(s) of figures</source>
        <translation>{count} bộ số liệu</translation>
    </message>
    <message>
        <source>{year}: resolved on time {on_time}, received online {online}</source>
        <translation>Năm {year}: giải quyết trước hạn và đúng hạn {on_time}, tiếp nhận trực tuyến {online}</translation>
    </message>
    <message>
        <source>Delete the figures of {level}, {period} {year}?</source>
        <translation>Xóa số liệu của {level}, {period} năm {year}?</translation>
    </message>
    <message>
        <source>TTHC results</source>
        <translation>Kết quả giải quyết TTHC</translation>
    </message>
</context>
<context>
    <name>TthcTab</name>
    <message>
        <source>Newly announced (add a TTHC)…</source>
        <translation>Công bố mới (thêm TTHC)…</translation>
    </message>
    <message>
        <source>Amended or supplemented…</source>
        <translation>Sửa đổi, bổ sung…</translation>
    </message>
    <message>
        <source>Abolished…</source>
        <translation>Bãi bỏ…</translation>
    </message>
    <message>
        <source>No TTHC in force in the catalogue yet: add them or import the province&apos;s list from Excel.</source>
        <translation>Danh mục chưa có TTHC nào đang áp dụng: hãy thêm TTHC hoặc nhập danh mục của tỉnh từ Excel.</translation>
    </message>
    <message>
        <source>Covered by a procedure: {covered}/{total} TTHC ({percent})</source>
        <translation>Đã có quy trình: {covered}/{total} TTHC ({percent})</translation>
    </message>
    <message>
        <source>{missing} TTHC without a procedure</source>
        <translation>{missing} TTHC chưa có quy trình</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>{count} abolished TTHC still have a handling procedure in force: withdraw the procedure or revise it so that it no longer covers them.</source>
        <translation>{count} TTHC đã bãi bỏ nhưng quy trình giải quyết vẫn còn hiệu lực: cần bãi bỏ quy trình hoặc sửa đổi để quy trình không còn áp dụng cho các TTHC này.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} TTHC ({in_force} in force, {abolished} abolished)</source>
        <translation>Hiển thị {shown}/{total} TTHC ({in_force} đang áp dụng, {abolished} đã bãi bỏ)</translation>
    </message>
    <message>
        <source>Cannot assign the procedure</source>
        <translation>Không gán được quy trình</translation>
    </message>
    <message>
        <source>Delete TTHC {code} “{name}” and its history from the catalogue?

Only delete a TTHC entered by mistake. A TTHC the province abolished must be recorded as abolished: the abolition is a change of the scope.</source>
        <translation>Xóa TTHC {code} “{name}” cùng lịch sử biến động khỏi danh mục?

Chỉ xóa TTHC nhập nhầm. TTHC bị tỉnh bãi bỏ phải được ghi nhận là bãi bỏ, vì việc bãi bỏ là một thay đổi của phạm vi áp dụng.</translation>
    </message>
    <message>
        <source>Delete TTHC</source>
        <translation>Xóa TTHC</translation>
    </message>
    <message>
        <source>Cannot delete the TTHC</source>
        <translation>Không xóa được TTHC</translation>
    </message>
    <message>
        <source>Open the procedure</source>
        <translation>Mở quy trình</translation>
    </message>
    <message>
        <source>Administrative procedures list</source>
        <translation>Danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>List of administrative procedures</source>
        <translation>Danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>Cannot print the list</source>
        <translation>Không in được danh mục</translation>
    </message>
    <message>
        <source>{count} TTHC imported. Each enters the scope on the date of its decision.</source>
        <translation>Đã nhập {count} TTHC. Mỗi TTHC được đưa vào phạm vi áp dụng từ ngày của quyết định công bố.</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Add TTHC…</source>
        <translation>Thêm TTHC…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Record what a decision of the provincial People&apos;s Committee did to the selected TTHC</source>
        <translation>Ghi nhận quyết định của UBND tỉnh công bố mới, sửa đổi hoặc bãi bỏ các TTHC đang chọn</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Ghi nhận biến động</translation>
    </message>
    <message>
        <source>Choose the internal procedure that handles the selected TTHC</source>
        <translation>Chọn quy trình nội bộ giải quyết các TTHC đang chọn</translation>
    </message>
    <message>
        <source>Assign procedure…</source>
        <translation>Gán quy trình…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Write the list shown to an Excel file</source>
        <translation>Ghi danh mục đang hiển thị ra tệp Excel</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Print the list shown, grouped by field, with the coverage figure (preview first)</source>
        <translation>In danh mục đang hiển thị, nhóm theo lĩnh vực, kèm số TTHC đã có quy trình (xem trước khi in)</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>In danh mục…</translation>
    </message>
    <message>
        <source>Show the uncovered TTHC</source>
        <translation>Xem các TTHC chưa có quy trình</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Xem các TTHC này</translation>
    </message>
    <message>
        <source>Open the procedures</source>
        <translation>Mở các quy trình</translation>
    </message>
    <message>
        <source>Search code or name…</source>
        <translation>Tìm theo mã hoặc tên thủ tục…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Without a procedure</source>
        <translation>Chưa có quy trình</translation>
    </message>
</context>
<context>
    <name>TthcTableModel</name>
    <message>
        <source>— none yet —</source>
        <translation>— chưa có —</translation>
    </message>
    <message>
        <source>No procedure in force covers this TTHC.</source>
        <translation>Chưa có quy trình còn hiệu lực nào giải quyết TTHC này.</translation>
    </message>
    <message>
        <source>This TTHC is abolished but its procedure is still in force: withdraw or revise the procedure.</source>
        <translation>TTHC đã bãi bỏ nhưng quy trình vẫn còn hiệu lực: cần bãi bỏ hoặc sửa đổi quy trình.</translation>
    </message>
    <message>
        <source>TTHC code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <source>Administrative procedure</source>
        <translation>Tên thủ tục hành chính</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Handling procedure</source>
        <translation>Quy trình giải quyết</translation>
    </message>
    <message>
        <source>Announcing decision</source>
        <translation>Quyết định công bố</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw document</source>
        <translation>Chuyển tài liệu sang hết hiệu lực</translation>
    </message>
    <message>
        <source>Out of force from: *</source>
        <translation>Hết hiệu lực từ ngày: *</translation>
    </message>
    <message>
        <source>Reason: *</source>
        <translation>Lý do: *</translation>
    </message>
    <message>
        <source>e.g. Replaced by the procedure of the new commune</source>
        <translation>ví dụ: Được thay thế bằng quy trình của xã mới</translation>
    </message>
    <message>
        <source>Withdraw {code}</source>
        <translation>Hết hiệu lực {code}</translation>
    </message>
    <message>
        <source>“{code} – {title}” will no longer be in force from the date below. It stays in the list, readable, with all its revisions; the copies handed out will be listed for recall.</source>
        <translation>“{code} – {title}” sẽ hết hiệu lực từ ngày dưới đây. Tài liệu vẫn nằm trong danh mục, vẫn xem được cùng mọi lần ban hành; các nơi đang giữ bản sẽ được liệt kê để thu hồi.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Hết hiệu lực</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>Add reporting year</source>
        <translation>Thêm kỳ báo cáo</translation>
    </message>
    <message>
        <source>Edit reporting year</source>
        <translation>Sửa kỳ báo cáo</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Period to:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>Use the usual period (15/12 – 14/12)</source>
        <translation>Dùng kỳ thông thường (15/12 – 14/12)</translation>
    </message>
    <message>
        <source>Report deadline:</source>
        <translation>Hạn nộp báo cáo:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>e.g. the provincial plan that sets the deadline</source>
        <translation>VD: kế hoạch của tỉnh quy định hạn nộp</translation>
    </message>
    <message>
        <source>The period is the data cut-off of the annual report: usually from 15 December of the previous year to 14 December.</source>
        <translation>Kỳ báo cáo là thời gian chốt số liệu của báo cáo năm: thường từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 năm báo cáo.</translation>
    </message>
</context>
<context>
    <name>YearDocumentsScreen</name>
    <message>
        <source>QMS maintenance plan</source>
        <translation>Kế hoạch duy trì, cải tiến HTQLCL</translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>_ResultsRegisterTab</name>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>In bảng tổng hợp…</translation>
    </message>
    <message>
        <source>Delete figures</source>
        <translation>Xóa số liệu</translation>
    </message>
    <message>
        <source>Cannot delete the figures</source>
        <translation>Không xóa được số liệu</translation>
    </message>
    <message>
        <source>Summary of TTHC results and satisfaction</source>
        <translation>Bảng tổng hợp kết quả giải quyết TTHC và mức độ hài lòng</translation>
    </message>
    <message>
        <source>Cannot print the summary</source>
        <translation>Không in được bảng tổng hợp</translation>
    </message>
    <message>
        <source>{count} row(s) imported.</source>
        <translation>Đã nhập {count} dòng.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>isodesk</source>
        <extracomment>Navigation key → the module and class of its screen, built with ``(services, window)``.</extracomment>
        <translation>isodesk</translation>
    </message>
</context>
</TS>
